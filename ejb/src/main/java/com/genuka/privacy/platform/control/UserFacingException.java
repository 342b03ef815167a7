package com.genuka.privacy.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * An error the user caused and can fix (bad input, a step not allowed now). It carries a message
 * key of the resource bundles, never a sentence, so that the page shows it in the user's language.
 * Rolls the transaction back: a refused action changes nothing.
 */
@ApplicationException(rollback = true)
public class UserFacingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public UserFacingException(String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
