/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.gov.audit.internal;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javax.inject.Named;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.environment.Environment;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * The signing key is created once, outside the database, readable by its owner only, and signs what it verifies.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(AuditSigningKey.class)
class AuditSigningKeyTest
{
    @TempDir
    Path permanent;

    @MockComponent
    private Environment environment;

    @MockComponent
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @InjectComponentManager
    private MockitoComponentManager components;

    @Test
    void createdOnceKeptOutsideTheDatabaseAndSigningWhatItVerifies() throws Exception
    {
        when(this.environment.getPermanentDirectory()).thenReturn(new File(this.permanent.toString()));
        when(this.configuration.getProperty("gov.audit.keyFolder", "")).thenReturn("");
        AuditSigningKey key = fresh();
        byte[] text = "gov-audit-checkpoint\n5\nabc\n0".getBytes(StandardCharsets.UTF_8);
        String signature = key.sign(text);

        assertEquals(this.permanent.resolve("gov").resolve("audit-key"), key.getFolder());
        assertTrue(key.verify(text, signature));
        assertFalse(key.verify("gov-audit-checkpoint\n4\nabc\n0".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(key.verify(text, "not base64 !"));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(key.getFolder().resolve("signing.key")));
        }

        AuditSigningKey again = fresh();
        assertTrue(again.verify(text, signature), "the same key after a restart");
        assertEquals(key.getFingerprint(), again.getFingerprint());
        assertEquals(64, key.getFingerprint().length());
    }

    @Test
    void aConfiguredFolder(@TempDir Path elsewhere) throws Exception
    {
        when(this.environment.getPermanentDirectory()).thenReturn(new File(this.permanent.toString()));
        when(this.configuration.getProperty(anyString(), anyString())).thenReturn(elsewhere.toString());

        assertEquals(elsewhere, fresh().getFolder());
        assertTrue(Files.exists(elsewhere.resolve("signing.pub")));
    }

    private AuditSigningKey fresh() throws Exception
    {
        AuditSigningKey key = this.components.getInstance(AuditSigningKey.class);
        this.components.unregisterComponent(AuditSigningKey.class, "default");
        this.components.registerComponent(AuditSigningKey.class);
        return key;
    }
}
