package org.xwiki.contrib.gov.profiles;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.test.TranslationFiles;

/**
 * The profiles module's translation files.
 *
 * @version $Id$
 */
class ProfilesTranslationsTest
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
