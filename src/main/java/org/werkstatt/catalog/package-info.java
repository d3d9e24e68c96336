/**
 * The catalog of offers: the activation, integration and training offers of providers, the jobcenter and the
 * municipality with their dated runs; edited by the provider, approved by the catalog's owner, searched in
 * public, imported from spreadsheets and openQ-cat, published as Open Referral HSDS, shown at events.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "workshop" })
@NullMarked
package org.werkstatt.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
