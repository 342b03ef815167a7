package com.genuka.privacy.accounts.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.genuka.privacy.accounts.boundary.LoginOutcome;
import com.genuka.privacy.portal.web.Languages;
import com.genuka.privacy.portal.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The login form. A refusal says only that the e-mail or the password is wrong. Once logged in, the
 * person goes back to the page they asked for ({@link DeepLinks}), or to their role's home page.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext securityContext;

  @Inject LoginAttempt attempt;

  @NotBlank
  @Size(max = 254)
  private String email;

  @NotBlank
  @Size(max = 200)
  private String password;

  public String login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    HttpServletResponse response = (HttpServletResponse) ext.getResponse();
    String language = Languages.resolve(request);
    AuthenticationStatus status = securityContext.authenticate(request, response,
        withParams().credential(new UsernamePasswordCredential(email, new Password(password))).newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        // A new session id after login defeats session fixation; the chosen language survives.
        request.changeSessionId();
        request.getSession().setAttribute(Languages.SESSION_ATTRIBUTE, language);
        // the home page sends the person on to the page asked for before the login (a link from an
        // e-mail), if it is this site's and in their area, once their roles are known; else to the
        // role's own page
        String next = getNext();
        ext.redirect(ext.getRequestContextPath() + "/home"
            + (next == null ? "" : "?" + DeepLinks.PARAMETER + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
      }
      default -> {
        password = null;
        LoginOutcome outcome = attempt.getOutcome();
        if (outcome != null && outcome.result() == LoginOutcome.Result.THROTTLED) {
          Messages.error("login.throttled");
        } else {
          Messages.error("login.invalid");
        }
      }
    }
    return null;
  }

  /**
   * The page to go back to after the login ({@code ?next=} when the login page was reached from a
   * protected page, then the form's hidden field), if it is a safe path of this site; else null.
   */
  public String getNext() {
    return DeepLinks.safePath(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
        .get(DeepLinks.PARAMETER));
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
