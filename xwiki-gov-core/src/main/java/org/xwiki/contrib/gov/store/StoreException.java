package org.xwiki.contrib.gov.store;

import org.xwiki.contrib.gov.GovException;

/**
 * The database failed, is unreachable, or holds a schema this code cannot use.
 *
 * @version $Id$
 */
public class StoreException extends GovException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param cause the underlying failure
     * @param messageKey the translation key of the message
     * @param parameters the values substituted in the message
     */
    public StoreException(Throwable cause, String messageKey, Object... parameters)
    {
        super(cause, messageKey, parameters);
    }

    /**
     * @param messageKey the translation key of the message
     * @param parameters the values substituted in the message
     */
    public StoreException(String messageKey, Object... parameters)
    {
        super(messageKey, parameters);
    }
}
