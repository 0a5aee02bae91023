package org.xwiki.contrib.gov.sandbox.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every page carries: no framing, no sniffing, scripts and styles from this site only, nothing cached.
 *
 * @version $Id$
 */
public final class SecurityHeaders
{
    private SecurityHeaders()
    {
    }

    /**
     * @param response the response to protect
     */
    public static void apply(HttpServletResponse response)
    {
        response.setHeader("Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                + "form-action 'self'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
