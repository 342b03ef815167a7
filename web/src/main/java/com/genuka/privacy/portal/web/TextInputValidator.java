package com.genuka.privacy.portal.web;

import com.genuka.privacy.platform.control.TextInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * {@link TextInput}'s rule on every input of every page: a default validator, so that no form can
 * forget it. The refusal is the field's own message, in the reader's language, and nothing is saved.
 */
@FacesValidator(value = "genuka.textInput", isDefault = true)
public class TextInputValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text) || TextInput.acceptable(text, component instanceof HtmlInputTextarea)) {
      return;
    }
    String said = Messages.text(TextInput.MESSAGE_KEY, label(component));
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, said, said);
    if (!hasOwnMessage(component) && component instanceof UIInput input) {
      // A field the page shows no message for: the page's own message area says it, and the
      // field is refused all the same.
      context.addMessage(null, message);
      input.setValid(false);
      return;
    }
    throw new ValidatorException(message);
  }

  /** Whether the field's form shows a message for it (h:message for="its id"). */
  static boolean hasOwnMessage(UIComponent component) {
    UIComponent form = component;
    while (form != null && !(form instanceof UIForm)) {
      form = form.getParent();
    }
    return form != null && showsMessageFor(form, component.getId());
  }

  private static boolean showsMessageFor(UIComponent parent, String id) {
    for (UIComponent child : parent.getChildren()) {
      if (child instanceof UIMessage m && id.equals(m.getFor()) || showsMessageFor(child, id)) {
        return true;
      }
    }
    return false;
  }

  /** The field's name as its page shows it: its label attribute, or the label written for it. */
  static String label(UIComponent component) {
    Object label = component.getAttributes().get("label");
    if (label != null && !label.toString().isBlank()) {
      return trim(label.toString());
    }
    for (UIComponent parent = component.getParent(); parent != null; parent = parent.getParent()) {
      for (UIComponent sibling : parent.getChildren()) {
        if (sibling instanceof HtmlOutputLabel l && component.getId().equals(l.getFor()) && l.getValue() != null) {
          return trim(l.getValue().toString());
        }
      }
      if (parent instanceof UIForm) {
        break;
      }
    }
    return Messages.text("input.error.thisField");
  }

  /** "Téléphone (facultatif)" is named "Téléphone". */
  private static String trim(String label) {
    return label.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
  }
}
