package org.xwiki.contrib.gov.test;

import java.nio.file.Path;

import org.xwiki.contrib.gov.store.DatabaseKind;

/**
 * A fresh, empty database for one test: an H2 file in the test's folder, or a new database on the embedded PostgreSQL
 * server.
 *
 * @param kind the database product
 * @param url the JDBC URL
 * @param user the user to connect as, empty for none
 * @version $Id$
 */
public record TestDatabase(DatabaseKind kind, String url, String user)
{
    /**
     * @param kind the database product
     * @param folder a folder of the test's own, for H2's files
     * @return a new, empty database
     */
    public static TestDatabase create(DatabaseKind kind, Path folder)
    {
        if (kind == DatabaseKind.H2) {
            return new TestDatabase(kind, "jdbc:h2:file:" + folder.resolve("gov") + ";LOCK_TIMEOUT=30000", "");
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.shared();
        return new TestDatabase(kind, postgres.createDatabase(), postgres.user());
    }
}
