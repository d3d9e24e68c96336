/**
 * Organisations, people, memberships with roles, login (local and OpenID Connect), networks of
 * organisations and requests to join them.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package org.werkstatt.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
