package com.genuka.privacy.accounts.web;

import com.genuka.privacy.accounts.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login with our own JSF page. A protected page opened without a session is forwarded to the
 * login page, which redirects to {@code /login.xhtml?next=<that page>} ({@link LoginPageFilter}) so
 * that the address bar shows the login page and the login leads back to the page asked for.
 * Credentials are checked by {@link PortalIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles({Role.CUSTOMER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
