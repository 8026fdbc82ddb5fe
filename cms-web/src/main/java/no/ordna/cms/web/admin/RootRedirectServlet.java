package no.ordna.cms.web.admin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A browser opening the server's root is led to the editorial app. */
@WebServlet(urlPatterns = "")
public class RootRedirectServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", "/admin/");
    response.setHeader("Cache-Control", "no-store");
  }
}
