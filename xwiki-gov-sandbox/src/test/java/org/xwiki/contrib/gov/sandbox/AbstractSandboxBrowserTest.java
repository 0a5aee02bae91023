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
