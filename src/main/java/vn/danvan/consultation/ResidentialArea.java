package vn.danvan.consultation;

/** A hamlet or residential group (thôn, ấp, khu phố, tổ dân phố) of a commune with its household count. */
record ResidentialArea(long id, long unitId, String name, int households, boolean active, long version) {
}
