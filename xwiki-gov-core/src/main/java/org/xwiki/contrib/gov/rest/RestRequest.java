package org.xwiki.contrib.gov.rest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to a module's JSON API, as the host received it under {@code /gov/rest/<module>/}.
 *
 * @param method the HTTP method
 * @param path the path segments after the module's name, decoded
 * @param parameters the query (and form) parameters
 * @param body the request body, empty for none
 * @version $Id$
 */
public record RestRequest(String method, List<String> path, Map<String, List<String>> parameters, String body)
{
    /**
     * Checks and copies the fields.
     */
    public RestRequest
    {
        Objects.requireNonNull(method, "method");
        path = List.copyOf(path);
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(body, "body");
    }

    /**
     * @param name a parameter name
     * @return its first value, if given and not blank
     */
    public Optional<String> parameter(String name)
    {
        return this.parameters.getOrDefault(name, List.of()).stream().findFirst().filter(value -> !value.isBlank());
    }

    /**
     * @param segments the expected path, {@code *} matching any one segment
     * @return whether the request's path has that form
     */
    public boolean pathMatches(String... segments)
    {
        if (segments.length != this.path.size()) {
            return false;
        }
        for (int index = 0; index < segments.length; index++) {
            if (!"*".equals(segments[index]) && !segments[index].equals(this.path.get(index))) {
                return false;
            }
        }
        return true;
    }
}
