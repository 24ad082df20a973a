package org.medkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep the pages inert whatever an article says: no scripts at all (Content-Security-Policy),
 * images only from the server and Wikimedia Commons, no MIME sniffing, no framing, no referrer leaks.
 */
final class SecurityHeadersFilter implements Filter {
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https://commons.wikimedia.org "
            + "https://upload.wikimedia.org; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) resp;
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
