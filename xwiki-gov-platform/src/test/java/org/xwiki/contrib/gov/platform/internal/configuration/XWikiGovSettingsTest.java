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
package org.xwiki.contrib.gov.platform.internal.configuration;

import java.util.List;

import javax.inject.Named;
import javax.inject.Provider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.bridge.DocumentAccessBridge;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.properties.internal.DefaultConverterManager;
import org.xwiki.properties.internal.converter.ConvertUtilsConverter;
import org.xwiki.properties.internal.converter.EnumConverter;
import org.xwiki.test.annotation.BeforeComponent;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.test.mockito.MockitoComponentManager;
import org.xwiki.wiki.descriptor.WikiDescriptorManager;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.web.XWikiRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A setting comes from the module's Administration section when set there, else from {@code xwiki.properties}, else,
 * for the extensions' addresses, from XWiki's own.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList({ DefaultConverterManager.class, ConvertUtilsConverter.class, EnumConverter.class })
class XWikiGovSettingsTest
{
    private static final DocumentReference SETTINGS =
        new DocumentReference("xwiki", List.of("Gov", "policy", "Code"), "Settings");

    private static final DocumentReference SETTINGS_CLASS =
        new DocumentReference("xwiki", List.of("Gov", "policy", "Code"), "SettingsClass");

    @InjectMockComponents
    private XWikiGovSettings source;

    @MockComponent
    private DocumentAccessBridge documents;

    @MockComponent
    @Named("xwikiproperties")
    private ConfigurationSource properties;

    @MockComponent
    private Provider<XWikiContext> contexts;

    @MockComponent
    private WikiDescriptorManager wikis;

    @BeforeComponent
    void registerTheConvertersComponentManager(MockitoComponentManager components) throws Exception
    {
        components.registerComponent(ComponentManager.class, "context", components);
    }

    @BeforeEach
    void setUp()
    {
        when(this.wikis.getMainWikiId()).thenReturn("xwiki");
    }

    @Test
    void theAdministrationFirstThenXWikiProperties()
    {
        when(this.documents.getProperty(SETTINGS, SETTINGS_CLASS, "escalationDays")).thenReturn(5);
        when(this.properties.getProperty("gov.policy.escalationDays")).thenReturn("9");
        when(this.documents.getProperty(SETTINGS, SETTINGS_CLASS, "reminderDays")).thenReturn(" ");
        when(this.properties.getProperty("gov.policy.reminderDays")).thenReturn("10,2");

        assertEquals(5, this.source.getProperty("gov.policy.escalationDays", 3));
        assertEquals("10,2", this.source.getProperty("gov.policy.reminderDays", "7,1,0"), "empty in the wiki");
        assertEquals(14, this.source.getProperty("gov.policy.joinerGraceDays", 14), "set nowhere");
        assertEquals(Integer.valueOf(5), this.source.getProperty("gov.policy.escalationDays", Integer.class));
        assertTrue(this.source.containsKey("gov.policy.escalationDays"));
        assertFalse(this.source.containsKey("gov.policy.joinerGraceDays"));
        assertNull(this.source.getProperty("gov.policy.joinerGraceDays"));
    }

    @Test
    void xwikiPropertiesValuesAreConvertedToTheDefaultsType()
    {
        when(this.properties.getProperty("gov.policy.joinerGraceDays")).thenReturn("21");

        assertEquals(21, this.source.getProperty("gov.policy.joinerGraceDays", 14));
    }

    @Test
    void theExtensionsAddressesAreXWikisOwnUnlessConfigured()
    {
        XWikiContext context = mock(XWikiContext.class);
        XWikiRequest request = mock(XWikiRequest.class);
        when(this.contexts.get()).thenReturn(context);
        when(context.getRequest()).thenReturn(request);
        when(request.getContextPath()).thenReturn("/wiki");

        assertEquals("/wiki/gov/rest", this.source.getProperty("gov.rest.basePath", "/gov/rest"));
        assertEquals("/wiki/bin/view/Gov/{module}/{page}/",
            this.source.getProperty("gov.pageUrlPattern", "/{module}/{page}"));
        assertFalse(this.source.isEmpty());
        assertTrue(this.source.getKeys().contains("gov.rest.basePath"));

        when(this.contexts.get()).thenReturn(null);
        assertEquals("/xwiki/gov/rest", this.source.getProperty("gov.rest.basePath", "/gov/rest"), "no request");

        when(this.properties.getProperty("gov.rest.basePath")).thenReturn("/api/gov");
        assertEquals("/api/gov", this.source.getProperty("gov.rest.basePath", "/gov/rest"));
    }
}
