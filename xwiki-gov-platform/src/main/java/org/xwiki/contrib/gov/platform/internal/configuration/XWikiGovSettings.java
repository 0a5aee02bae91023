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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.bridge.DocumentAccessBridge;
import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.configuration.GovSettings;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.properties.ConverterManager;
import org.xwiki.wiki.descriptor.WikiDescriptorManager;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.web.XWikiRequest;

/**
 * The extensions' settings inside XWiki. A setting {@code gov.<module>.<name>} is read, in this order, from:
 * <ol>
 * <li>the module's section of XWiki's Administration: property {@code <name>} of the
 * {@code Gov.<module>.Code.SettingsClass} object on {@code Gov.<module>.Code.Settings}, in the main wiki, when it is
 * not empty;</li>
 * <li>{@code xwiki.properties};</li>
 * <li>XWiki's own addresses, for {@code gov.rest.basePath} ({@code <context path>/gov/rest}) and
 * {@code gov.pageUrlPattern} ({@code <context path>/bin/view/Gov/{module}/{page}/}).</li>
 * </ol>
 *
 * @version $Id$
 */
@Component
@Named(GovSettings.HINT)
@Singleton
public class XWikiGovSettings implements ConfigurationSource
{
    private static final String REST_BASE = "gov.rest.basePath";

    private static final String PAGE_URL_PATTERN = "gov.pageUrlPattern";

    private static final String DEFAULT_CONTEXT_PATH = "/xwiki";

    private static final String CODE = "Code";

    @Inject
    private DocumentAccessBridge documents;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource properties;

    @Inject
    private ConverterManager converters;

    @Inject
    private Provider<XWikiContext> contexts;

    @Inject
    private WikiDescriptorManager wikis;

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getProperty(String key, T defaultValue)
    {
        Optional<Object> value = find(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return defaultValue == null ? (T) value.get() : this.converters.convert(defaultValue.getClass(), value.get());
    }

    @Override
    public <T> T getProperty(String key, Class<T> valueClass)
    {
        return find(key).map(value -> this.converters.<T>convert(valueClass, value)).orElse(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getProperty(String key)
    {
        return (T) find(key).orElse(null);
    }

    @Override
    public List<String> getKeys()
    {
        List<String> keys = new ArrayList<>(this.properties.getKeys());
        hostDefaults().keySet().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        return keys;
    }

    @Override
    public boolean containsKey(String key)
    {
        return find(key).isPresent();
    }

    @Override
    public boolean isEmpty()
    {
        // XWiki's own addresses are always there.
        return false;
    }

    private Optional<Object> find(String key)
    {
        return administration(key).or(() -> Optional.ofNullable(this.properties.getProperty(key)))
            .or(() -> Optional.ofNullable(hostDefaults().get(key)));
    }

    private Optional<Object> administration(String key)
    {
        String[] parts = key.split("\\.");
        if (parts.length != 3 || !"gov".equals(parts[0])) {
            return Optional.empty();
        }
        String wiki = this.wikis.getMainWikiId();
        DocumentReference settings = new DocumentReference(wiki, List.of("Gov", parts[1], CODE), "Settings");
        DocumentReference settingsClass = new DocumentReference(wiki, List.of("Gov", parts[1], CODE), "SettingsClass");
        Object value = this.documents.getProperty(settings, settingsClass, parts[2]);
        return Optional.ofNullable(value).filter(found -> !(found instanceof String text) || !text.isBlank());
    }

    private Map<String, Object> hostDefaults()
    {
        String contextPath = Optional.ofNullable(this.contexts.get()).map(XWikiContext::getRequest)
            .map(XWikiRequest::getContextPath).orElse(DEFAULT_CONTEXT_PATH);
        return Map.of(REST_BASE, contextPath + "/gov/rest", PAGE_URL_PATTERN,
            contextPath + "/bin/view/Gov/{module}/{page}/");
    }
}
