package org.xwiki.contrib.gov;

/**
 * The acting user may not perform the requested operation.
 *
 * @version $Id$
 */
public class AccessDeniedException extends GovException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param operation the name of the refused operation
     */
    public AccessDeniedException(String operation)
    {
        super("gov.core.error.accessDenied", operation);
    }
}
