package org.xwiki.contrib.gov.actor;

import org.xwiki.component.annotation.Role;

/**
 * Tells who is calling: implemented by the host (the XWiki platform binding, or the sandbox server).
 *
 * @version $Id$
 */
@Role
public interface CurrentActor
{
    /**
     * @return the user behind the current request, or an anonymous actor; never the system actor
     */
    Actor get();
}
