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
package org.xwiki.contrib.gov.sandbox;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A fresh sandbox with the demo data and a headless Chromium for each browser test; skipped (reported as such) when
 * Debian's chromium and chromium-driver are not installed.
 *
 * @version $Id$
 */
abstract class AbstractSandboxBrowserTest
{
    @TempDir
    Path data;

    @TempDir
    Path profile;

    Sandbox sandbox;

    SandboxBrowser browser;

    @BeforeEach
    void start() throws Exception
    {
        assumeTrue(SandboxBrowser.isAvailable(),
            "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        this.sandbox = Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost", this.data));
        this.browser = new SandboxBrowser(this.sandbox.uri(), this.profile);
    }

    @AfterEach
    void stop()
    {
        if (this.browser != null) {
            this.browser.close();
        }
        if (this.sandbox != null) {
            this.sandbox.close();
        }
    }
}
