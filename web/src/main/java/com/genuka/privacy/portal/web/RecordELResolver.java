package com.genuka.privacy.portal.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read Java records as beans ({@code #{view.fullName}} calls {@code fullName()}). EL 5
 * knows only getters; EL 6 (Jakarta EE 11) does this itself. Records are read-only, and so is this.
 */
public class RecordELResolver extends ELResolver {

  private final ConcurrentHashMap<Class<?>, ConcurrentHashMap<String, Method>> accessors = new ConcurrentHashMap<>();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (ReflectiveOperationException e) {
      throw new jakarta.el.ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException("records are read-only: " + property);
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private Method accessor(Object base, Object property) {
    if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) {
      return null;
    }
    return accessors.computeIfAbsent(base.getClass(), type -> {
      ConcurrentHashMap<String, Method> byName = new ConcurrentHashMap<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method m = c.getAccessor();
        m.setAccessible(true);
        byName.put(c.getName(), m);
      }
      return byName;
    }).get(name);
  }
}
