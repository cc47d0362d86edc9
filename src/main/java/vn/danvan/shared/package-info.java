/**
 * Shared kernel: time, Vietnamese text normalisation, web error handling and helpers that every
 * module may use, and the one file store ({@code storage}: the data folder or an S3 bucket) in which
 * modules keep their files under prefixes of their own. It owns no table.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.danvan.shared;
