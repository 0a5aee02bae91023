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
package org.xwiki.contrib.gov;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What XWiki's Extension Manager needs of each jar and XAR installed into a wiki: a name, a category, the namespace of
 * the jars (the root: they hold one database pool for the farm), the licence, and each XAR's dependency on its API.
 *
 * @version $Id$
 */
class ExtensionMetadataTest
{
    private static final Path PROJECT = Path.of("..");

    @ParameterizedTest
    @ValueSource(strings = {"xwiki-gov-core", "xwiki-gov-policy/xwiki-gov-policy-api",
        "xwiki-gov-profiles/xwiki-gov-profiles-api", "xwiki-gov-crossagency/xwiki-gov-crossagency-api"})
    void eachJarIsAnApiOnTheRootNamespace(String module) throws IOException
    {
        String pom = pom(module);
        assertTrue(pom.contains("<xwiki.extension.name>XWiki Gov - "), module);
        assertTrue(pom.contains("<xwiki.extension.category>api</xwiki.extension.category>"), module);
        assertTrue(pom.contains("<xwiki.extension.namespaces>{root}</xwiki.extension.namespaces>"), module);
    }

    @ParameterizedTest
    @ValueSource(strings = {"policy", "profiles", "crossagency"})
    void eachXarIsAnApplicationThatBringsItsApi(String name) throws IOException
    {
        String pom = pom("xwiki-gov-" + name + "/xwiki-gov-" + name + "-ui");
        assertTrue(pom.contains("<packaging>xar</packaging>"), name);
        assertTrue(pom.contains("<xwiki.extension.name>XWiki Gov - "), name);
        assertTrue(pom.contains("<xwiki.extension.category>application</xwiki.extension.category>"), name);
        assertTrue(pom.contains("<artifactId>xwiki-gov-" + name + "-api</artifactId>"), name);
        assertTrue(pom("").contains("<name>GNU Lesser General Public License 2.1</name>"), "the licence, inherited");
    }

    private static String pom(String module) throws IOException
    {
        return Files.readString(PROJECT.resolve(module).resolve("pom.xml"));
    }
}
