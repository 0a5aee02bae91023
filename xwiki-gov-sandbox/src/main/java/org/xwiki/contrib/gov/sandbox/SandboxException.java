package org.xwiki.contrib.gov.sandbox;

/**
 * The sandbox cannot start or run a command; the message says why, in plain English, for the command line.
 *
 * @version $Id$
 */
public class SandboxException extends Exception
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do about it
     */
    public SandboxException(String message)
    {
        super(message);
    }

    /**
     * @param message what went wrong and what to do about it
     * @param cause the underlying failure
     */
    public SandboxException(String message, Throwable cause)
    {
        super(message, cause);
    }
}
