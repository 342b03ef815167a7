package com.genuka.privacy.mydata.web;

import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.portal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Messages with arguments in pages ({@code #{text.f1('key', x)}}), formatted in the page's
 * language with the bundles' MessageFormat patterns, plurals included.
 */
@Named("text")
@RequestScoped
public class Text {

  @Inject LocaleBacking locale;

  public String f1(String key, Object a) {
    return Messages.text(locale.getLocale(), key, a);
  }

  public String f2(String key, Object a, Object b) {
    return Messages.text(locale.getLocale(), key, a, b);
  }

  public String f3(String key, Object a, Object b, Object c) {
    return Messages.text(locale.getLocale(), key, a, b, c);
  }
}
