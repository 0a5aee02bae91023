package org.xwiki.contrib.gov.rest;

import org.xwiki.contrib.gov.GovException;

/**
 * The API has nothing at the requested path, or the named thing does not exist.
 *
 * @version $Id$
 */
public class NotFoundException extends GovException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey the translation key of the message
     * @param parameters the values substituted in the message
     */
    public NotFoundException(String messageKey, Object... parameters)
    {
        super(messageKey, parameters);
    }
}
