/** crossmargin benchmarks. */
package org.crossmargin.benchmarks;
