package org.xwiki.contrib.gov.sandbox;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.test.TranslationFiles;

/**
 * The sandbox's translation files.
 *
 * @version $Id$
 */
class SandboxTranslationsTest
{
    @Test
    void filesAreCompleteInBothLanguages() throws Exception
    {
        TranslationFiles.assertComplete();
    }

    @Test
    void everyKeyTheTemplatesRenderIsTranslated() throws Exception
    {
        TranslationFiles.assertTemplateKeysDefined();
    }
}
