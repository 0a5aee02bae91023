package org.xwiki.contrib.gov.store;

/**
 * The database products the store supports.
 *
 * @version $Id$
 */
public enum DatabaseKind
{
    /** Embedded H2, the default. */
    H2,
    /** PostgreSQL, for production and XWiki clusters. */
    POSTGRESQL
}
