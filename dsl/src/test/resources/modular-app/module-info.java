// A modular application that depends on conex4j through the jars' Automatic-Module-Names.
// Compiled and run on the module path by io.conex4j.dsl.it.ModularAppIT.
module app {
    requires io.conex4j.core;
    requires io.conex4j.dsl;
}
