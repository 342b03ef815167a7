package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateSelfService;
import com.genuka.privacy.platform.control.UserFacingException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A candidate downloads one of their own documents: the grant in this browser's session says whose
 * page it is, so an id guessed in the address gives nothing that is not theirs.
 */
@WebServlet(name = "CandidateDocumentServlet", urlPatterns = "/candidate/document")
public class CandidateDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB CandidateSelfService self;

  @Inject CandidatePageSession session;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    try {
      DocumentDownloads.send(res, self.document(session.getGrant(), DocumentDownloads.id(req.getParameter("id"))));
    } catch (UserFacingException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
