package org.xwiki.contrib.gov;

import java.util.Arrays;
import java.util.List;

import org.xwiki.contrib.gov.internal.Translations;

/**
 * A failure that can be shown to a user: it carries a translation key and its parameters, so that pages render it in
 * the reader's language. {@link #getMessage()} gives the English text, for logs and the command line.
 *
 * @version $Id$
 */
public class GovException extends Exception
{
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final transient List<Object> parameters;

    /**
     * @param messageKey the translation key of the message, e.g. {@code gov.core.error.agency.unknown}
     * @param parameters the values substituted in the message ({@code {0}}, {@code {1}}...)
     */
    public GovException(String messageKey, Object... parameters)
    {
        this(null, messageKey, parameters);
    }

    /**
     * @param cause the underlying failure
     * @param messageKey the translation key of the message
     * @param parameters the values substituted in the message
     */
    public GovException(Throwable cause, String messageKey, Object... parameters)
    {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.parameters = List.copyOf(Arrays.stream(parameters).map(String::valueOf).toList());
    }

    /**
     * @return the translation key of the message
     */
    public String getMessageKey()
    {
        return this.messageKey;
    }

    /**
     * @return the values substituted in the message, as strings
     */
    public List<Object> getParameters()
    {
        return this.parameters;
    }

    @Override
    public String getMessage()
    {
        return Translations.load(getClass().getClassLoader()).format(this.messageKey, this.parameters,
            java.util.Locale.ENGLISH);
    }
}
