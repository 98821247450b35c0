package nl.kantel;

@KantelPostgres
class PlatformPostgresIT extends PlatformContract {

}
