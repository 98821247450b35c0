package nl.kantel;

@KantelH2
class PlatformH2IT extends PlatformContract {

}
