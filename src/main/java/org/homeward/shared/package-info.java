/** Small things every module uses: problem details, paging, the clock. Kept tiny on purpose. */
package org.homeward.shared;
