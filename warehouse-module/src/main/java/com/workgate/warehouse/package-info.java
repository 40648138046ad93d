/** Warehouse reads (analytics): read-only queries over the views auth and events publish, streamed. */
package com.workgate.warehouse;
