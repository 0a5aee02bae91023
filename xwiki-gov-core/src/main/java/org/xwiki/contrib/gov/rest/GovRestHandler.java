package org.xwiki.contrib.gov.rest;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * A module's JSON API, served by the host under {@code /gov/rest/<hint>/}. The host authenticates the caller (so that
 * {@link org.xwiki.contrib.gov.actor.CurrentActor} knows them) and checks the CSRF token of state-changing calls made
 * with a session cookie; the handler checks rights through the module's services, like the pages do.
 * A {@link GovException} becomes an error answer: 403 for {@link org.xwiki.contrib.gov.AccessDeniedException}, 404 for
 * {@link NotFoundException}, 400 otherwise, with the translated message.
 *
 * @version $Id$
 */
@Role
public interface GovRestHandler
{
    /**
     * @param request the call
     * @return the answer
     * @throws GovException when the call is refused or fails
     */
    RestResponse handle(RestRequest request) throws GovException;
}
