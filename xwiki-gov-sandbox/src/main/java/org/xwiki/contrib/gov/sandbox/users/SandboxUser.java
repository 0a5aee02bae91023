package org.xwiki.contrib.gov.sandbox.users;

import java.util.Locale;
import java.util.Objects;

/**
 * A user of the sandbox.
 *
 * @param login the login, also the user id the gov modules see
 * @param displayName the name to show
 * @param email the e-mail address
 * @param locale the language the user reads
 * @version $Id$
 */
public record SandboxUser(String login, String displayName, String email, Locale locale)
{
    /**
     * Checks the fields.
     */
    public SandboxUser
    {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(locale, "locale");
    }
}
