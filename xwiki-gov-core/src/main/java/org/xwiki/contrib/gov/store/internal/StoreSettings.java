package org.xwiki.contrib.gov.store.internal;

import java.util.Objects;

/**
 * How to reach the gov database.
 *
 * @param url the JDBC URL
 * @param user the database user, empty for none
 * @param password the database password, empty for none
 * @param maxPoolSize the largest number of pooled connections
 * @version $Id$
 */
public record StoreSettings(String url, String user, String password, int maxPoolSize)
{
    /**
     * Checks the fields.
     */
    public StoreSettings
    {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
    }

    /**
     * @return the URL without the parameters that follow {@code ;} or {@code ?}, which may hold credentials; for
     *     messages
     */
    public String displayUrl()
    {
        int end = this.url.length();
        for (char separator : new char[] {';', '?'}) {
            int index = this.url.indexOf(separator);
            if (index >= 0) {
                end = Math.min(end, index);
            }
        }
        return this.url.substring(0, end);
    }

    @Override
    public String toString()
    {
        return "StoreSettings[url=" + displayUrl() + ", user=" + this.user + ", maxPoolSize=" + this.maxPoolSize + ']';
    }
}
