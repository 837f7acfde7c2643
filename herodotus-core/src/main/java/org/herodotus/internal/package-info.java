/** Small helpers the stages share; not part of the public API. */
package org.herodotus.internal;
