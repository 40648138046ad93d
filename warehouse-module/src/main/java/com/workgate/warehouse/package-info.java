/** Warehouse reads (analytics): read-only queries over the other modules' data, streamed. */
package com.workgate.warehouse;
