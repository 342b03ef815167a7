package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateDocuments;
import com.genuka.privacy.platform.control.UserFacingException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** HR downloads a candidate's document (web.xml keeps /hr/* to HR; the boundary checks the role again). */
@WebServlet(name = "HrDocumentServlet", urlPatterns = "/hr/document")
public class HrDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB CandidateDocuments documents;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    try {
      DocumentDownloads.send(res, documents.content(DocumentDownloads.id(req.getParameter("candidate")),
          DocumentDownloads.id(req.getParameter("id"))));
    } catch (UserFacingException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
