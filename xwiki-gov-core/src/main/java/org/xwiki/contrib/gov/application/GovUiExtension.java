package org.xwiki.contrib.gov.application;

import org.xwiki.component.annotation.Role;

/**
 * A piece of a module shown on pages that are not the module's own (a banner on every page). The sandbox renders the
 * extensions of {@link #BANNER} at the top of each page; inside XWiki, the module's XAR declares the same template as a
 * UI extension.
 *
 * @version $Id$
 */
@Role
public interface GovUiExtension
{
    /** The extension point at the top of every page. */
    String BANNER = "banner";

    /**
     * @return where the extension goes
     */
    String getExtensionPoint();

    /**
     * @return the template to render there, relative to {@code templates/}
     */
    String getTemplate();
}
