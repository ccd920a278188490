// Placeholder replaced below once counts are measured.
