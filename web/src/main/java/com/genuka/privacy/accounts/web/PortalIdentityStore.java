package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.boundary.AuthenticationService;
import com.genuka.privacy.accounts.boundary.LoginOutcome;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;

/**
 * The database identity store: e-mail and password are checked by {@link AuthenticationService}
 * (PBKDF2-HMAC-SHA512, throttled, audited). The caller principal's name is the account id, so that
 * a change of e-mail address never changes who the session belongs to.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @EJB AuthenticationService authentication;

  @Inject LoginAttempt attempt;

  @Inject HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential c)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginOutcome outcome = authentication.authenticate(c.getCaller(), c.getPassword().getValue(), clientIp());
    attempt.setOutcome(outcome);
    if (!outcome.succeeded()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(outcome.accountId().toString(), outcome.roles());
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }

  @Override
  public Set<String> getCallerGroups(CredentialValidationResult result) {
    return authentication.rolesOf(Long.parseLong(result.getCallerPrincipal().getName()));
  }

  private String clientIp() {
    try {
      return request.getRemoteAddr();
    } catch (RuntimeException noRequest) {
      return null;
    }
  }
}
