// Stylesheets are bundled by wp-scripts; importing one only adds it to the build.
declare module '*.scss';
