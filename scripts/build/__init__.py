"""The build: the catalog of lectures, dependency keys, the manifest, local and Dask rendering."""
