# The page shown when the server is very busy (HTTP 503), e.g. the evening booking opens.
parent-busy-title = W tej chwili jest bardzo duży ruch
parent-busy-body = Na stronie jest teraz bardzo dużo osób. Nic nie zginęło, a Państwa link nadal działa. Prosimy spróbować ponownie za chwilę.
parent-busy-nothing-held = Państwa prośba nie została wykonana. Nic nie zostało zarezerwowane ani zmienione. Nie trzymamy też dla nikogo żadnej godziny.
parent-busy-try-again = Spróbuj ponownie
