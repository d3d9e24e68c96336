/** The signed-in person's start page ("my work") and the tabs of every organisation page. */
@NullMarked
package org.werkstatt.identity.workspace;

import org.jspecify.annotations.NullMarked;
