/**
 * Shared kernel: time, Vietnamese text normalisation, web error handling and helpers that every
 * module may use. It owns no data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.danvan.shared;
