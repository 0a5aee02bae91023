package org.xwiki.contrib.gov.store.internal;

import org.xwiki.contrib.gov.store.StoreException;

/**
 * Digs the {@link StoreException} out of a failed component lookup.
 *
 * @version $Id$
 */
final class StoreFailures
{
    private StoreFailures()
    {
    }

    static StoreException of(Throwable failure)
    {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException storeException) {
                return storeException;
            }
        }
        throw new AssertionError("No StoreException in the chain", failure);
    }
}
