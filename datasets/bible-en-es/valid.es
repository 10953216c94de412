Y fué la tarde y la mañana el día quinto.
Tomó, pues, Jehová Dios al hombre, y le puso en el huerto de Edén, para que lo labrara y lo guardase.
Entonces Jehová Dios dijo á la mujer: ¿Qué es lo que has hecho? Y dijo la mujer: La serpiente me engañó, y comí.
Cuando labrares la tierra, no te volverá á dar su fuerza: errante y extranjero serás en la tierra.
Y vivió Enós noventa años, y engendró á Cainán.
Y siendo Noé de quinientos años, engendró á Sem, Châm, y á Japhet.
Y JEHOVÁ dijo á Noé: Entra tú y toda tu casa en el arca; porque á ti he visto justo delante de mí en esta generación.
Y prevalecieron las aguas sobre la tierra ciento y cincuenta días.
Y BENDIJO Dios á Noé y á sus hijos, y díjoles: Fructificad, y multiplicad, y henchid la tierra:
Y despertó Noé de su vino, y supo lo que había hecho con él su hijo el más joven;
Y al Aradio, y al Samareo, y al Amatheo: y después se derramaron las familias de los Cananeos.
Por esto fué llamado el nombre de ella Babel, porque allí confundió Jehová el lenguaje de toda la tierra, y desde allí los esparció sobre la faz de toda la tierra.
Y fueron los días de Thare doscientos y cinco años; y murió Thare en Harán.
Y volvió por sus jornadas de la parte del Mediodía hacia Bethel, hasta el lugar donde había estado antes su tienda entre Bethel y Hai;
Y salió el rey de Sodoma, y el rey de Gomorra, y el rey de Adma, y el rey de Zeboim, y el rey de Bela, que es Zoar, y ordenaron contra ellos batalla en el valle de Siddim;
Y díjole: Yo soy Jehová, que te saqué de Ur de los Caldeos, para darte á heredar esta tierra.
Y díjole el ángel de Jehová: Vuélvete á tu señora, y ponte sumisa bajo de su mano.
Y bendecirla he, y también te daré de ella hijo; sí, la bendeciré, y vendrá á ser madre de naciones; reyes de pueblos serán de ella.
Rióse, pues, Sara entre sí, diciendo: ¿Después que he envejecido tendré deleite, siendo también mi señor ya viejo?
Y dijo: Ahora, pues, mis señores, os ruego que vengáis á casa de vuestro siervo y os hospedéis, y lavaréis vuestros pies: y por la mañana os levantaréis, y seguiréis vuestro camino. Y ellos respondieron: No, que en la plaza nos quedaremos esta noche.
Y destruyó las ciudades, y toda aquella llanura, con todos los moradores de aquellas ciudades, y el fruto de la tierra.
Y dijo más Abimelech á Abraham: ¿Qué viste para que hicieses esto?
Y faltó el agua del odre, y echó al muchacho debajo de un árbol;
Al tercer día alzó Abraham sus ojos, y vió el lugar de lejos.
Y levantóse Abraham de delante de su muerto, y habló á los hijos de Heth, diciendo:
Y Abraham le dijo: Guárdate que no vuelvas á mi hijo allá.
Y Rebeca tenía un hermano que se llamaba Labán, el cual corrió afuera al hombre, á la fuente;
Y fué, que como el criado de Abraham oyó sus palabras, inclinóse á tierra á Jehová.
Y exhaló el espíritu, y murió Abraham en buena vejez, anciano y lleno de días, y fué unido á su pueblo.
Y Jacob respondió: Véndeme en este día tu primogenitura.
Y los pastores de Gerar riñeron con los pastores de Isaac, diciendo: El agua es nuestra: por eso llamó el nombre del pozo Esek, porque habían altercado con él.
Ahora pues, hijo mío, obedece á mi voz en lo que te mando;
E hizo él también guisados, y trajo á su padre, y díjole: Levántese mi padre, y coma de la caza de su hijo, para que me bendiga tu alma.
Vió asimismo Esaú que las hijas de Canaán parecían mal á Isaac su padre;
Estando aún él hablando con ellos, Rachêl vino con el ganado de su padre, porque ella era la pastora.
Y concibió Lea, y parió un hijo, y llamó su nombre Rubén, porque dijo: Ya que ha mirado Jehová mi aflicción; ahora por tanto me amará mi marido.
Y dijo Lea: Dios me ha dado una buena dote: ahora morará conmigo mi marido, porque le he parido seis hijos: y llamó su nombre Zabulón.
Y acreció el varón muy mucho, y tuvo muchas ovejas, y siervas y siervos, y camellos y asnos.
Entonces tomó á sus hermanos consigo, y fué tras él camino de siete días, y alcanzóle en el monte de Galaad.
Y dijo Jacob á sus hermanos: Coged piedras. Y tomaron piedras é hicieron un majano; y comieron allí sobre aquel majano.
Doscientas cabras y veinte machos de cabrío, doscientas ovejas y veinte carneros,
Y alzó sus ojos, y vió las mujeres y los niños, y dijo: ¿Qué te tocan éstos? Y él respondió: Son los niños que Dios ha dado á tu siervo.
Y Hamor habló con ellos, diciendo: El alma de mi hijo Sichêm se ha apegado á vuestra hija; ruégoos que se la deis por mujer.
Y ellos respondieron: ¿Había él de tratar á nuestra hermana como á una ramera?
Los hijos de Lea: Rubén el primogénito de Jacob, y Simeón, y Leví, y Judá, é Issachâr, y Zabulón.
Y estos son los hijos de Reuel, hijo de Esaú: el duque Nahath, el duque Zera, el duque Samma, y el duque Mizza: estos son los duques de la línea de Reuel en la tierra de Edom; estos hijos vienen de Basemath, mujer de Esaú.
Estos, pues, son los nombres de los duques de Esaú por sus linajes, por sus lugares, y sus nombres: el duque Timna, el duque Alva, el duque Jetheth,
Ahora pues, venid, y matémoslo y echémosle en una cisterna, y diremos: Alguna mala bestia le devoró: y veremos qué serán sus sueños.
Y Er, el primogénito de Judá, fué malo á los ojos de Jehová, y quitóle Jehová la vida.
Y después salió su hermano, el que tenía en su mano el hilo de grana, y llamó su nombre Zara.
No veía el principal de la cárcel cosa alguna que en su mano estaba; porque Jehová era con él, y lo que él hacía, Jehová lo prosperaba.
Y el principal de los coperos no se acordó de José, sino que le olvidó.
Y que otras siete espigas menudas, marchitas, abatidas del Solano, subían después de ellas:
Y era José de edad de treinta años cuando fué presentado delante de Faraón, rey de Egipto: y salió José de delante de Faraón, y transitó por toda la tierra de Egipto.
Y él les dijo: No; á ver lo descubierto del país habéis venido.
Y aconteció que vaciando ellos sus sacos, he aquí que en el saco de cada uno estaba el atado de su dinero: y viendo ellos y su padre los atados de su dinero, tuvieron temor.
Y dijeron: Ay, señor mío, nosotros en realidad de verdad descendimos al principio á comprar alimentos:
Aquel de tus siervos en quien fuere hallada la copa, que muera, y aun nosotros seremos siervos de mi señor.
Como tu siervo salió por fiador del mozo con mi padre, diciendo: Si no te lo volviere, entonces yo seré culpable para mi padre todos los días;
E hiciéronlo así los hijos de Israel: y dióles José carros conforme á la orden de Faraón, y suministróles víveres para el camino.
Y los hijos de Gad: Ziphión, y Aggi, y Ezbón, y Suni, y Heri, y Arodi, y Areli.
Entonces Faraón habló á José, diciendo: Tu padre y tus hermanos han venido á ti;
Y vivió Jacob en la tierra de Egipto diecisiete años: y fueron los días de Jacob, los años de su vida, ciento cuarenta y siete años.
Y bendíjolos aquel día, diciendo: En ti bendecirá Israel, diciendo: Póngate Dios como á Ephraim y como á Manasés. Y puso á Ephraim delante de Manasés.
Nephtalí, sierva dejada, que dará dichos hermosos.
Y viendo los moradores de la tierra, los Cananeos, el llanto en la era de Atad, dijeron: Llanto grande es este de los Egipcios: por eso fué llamado su nombre Abelmizraim, que está á la otra parte del Jordán.
Levantóse entretanto un nuevo rey sobre Egipto, que no conocía á José; el cual dijo á su pueblo:
A la cual dijo la hija de Faraón: Lleva este niño, y críamelo, y yo te lo pagaré. Y la mujer tomó al niño, y criólo.
Y dijo Jehová: Bien he visto la aflicción de mi pueblo que está en Egipto, y he oído su clamor á causa de sus exactores; pues tengo conocidas sus angustias:
Sí aconteciere, que no te creyeren, ni obedecieren á la voz de la primera señal, creerán á la voz de la postrera.
Y el pueblo creyó: y oyendo que Jehová había visitado los hijos de Israel, y que había visto su aflicción, inclináronse y adoraron.
Porque desde que yo vine á Faraón para hablarle en tu nombre, ha afligido á este pueblo; y tú tampoco has librado á tu pueblo.
Y tomóse Aarón por mujer á Elisabeth, hija de Aminadab, hermana de Naasón; la cual le parió á Nadab, y á Abiú, y á Eleazar y á Ithamar.
Y dile: Jehová el Dios de los Hebreos me ha enviado á ti, diciendo: Deja ir á mi pueblo, para que me sirvan en el desierto; y he aquí que hasta ahora no has querido oir.
Y las juntaron en montones, y apestaban la tierra.
Y Jehová señaló tiempo, diciendo: Mañana hará Jehová esta cosa en la tierra.
Orad á Jehová: y cesen los truenos de Dios y el granizo; y yo os dejaré ir, y no os detendréis más.
Entonces Faraón hizo llamar apriesa á Moisés y á Aarón, y dijo: He pecado contra Jehová vuestro Dios, y contra vosotros.
Y Moisés y Aarón hicieron todos estos prodigios delante de Faraón: mas Jehová había endurecido el corazón de Faraón, y no envió á los hijos de Israel fuera de su país.
Porque Jehová pasará hiriendo á los Egipcios; y como verá la sangre en el dintel y en los dos postes, pasará Jehová aquella puerta, y no dejará entrar al heridor en vuestras casas para herir.
En una casa se comerá, y no llevarás de aquella carne fuera de casa, ni quebraréis hueso suyo.
Mas hizo Dios al pueblo que rodease por el camino del desierto del mar Bermejo. Y subieron los hijos de Israel de Egipto armados.
Y el ángel de Dios que iba delante del campo de Israel, se apartó, é iba en pos de ellos; y asimismo la columna de nube que iba delante de ellos, se apartó, y púsose á sus espaldas:
¿Quién como tú, Jehová, entre los dioses? ¿quién como tú, magnífico en santidad, terrible en loores, hacedor de maravillas?
Y á la mañana veréis la gloria de Jehová; porque él ha oído vuestras murmuraciones contra Jehová; que nosotros, ¿qué somos, para que vosotros murmuréis contra nosotros?
Así el pueblo reposó el séptimo día.
Y OYÓ Jethro, sacerdote de Madián, suegro de Moisés, todas las cosas que Dios había hecho con Moisés, y con Israel su pueblo, y cómo Jehová había sacado á Israel de Egipto:
Y oyó Moisés la voz de su suegro, é hizo todo lo que dijo.
Y descendió Jehová sobre el monte de Sinaí, sobre la cumbre del monte: y llamó Jehová á Moisés á la cumbre del monte, y Moisés subió.
Todo el pueblo consideraba las voces, y las llamas, y el sonido de la bocina, y el monte que humeaba: y viéndolo el pueblo, temblaron, y pusiéronse de lejos.
Y el que hiriere á su padre ó á su madre, morirá.
Si el ladrón fuere hallado forzando una casa, y fuere herido y muriere, el que le hirió no será culpado de su muerte.
Si dieres á mi pueblo dinero emprestado, al pobre que está contigo, no te portarás con él como logrero, ni le impondrás usura.
Tres veces en el año parecerá todo varón tuyo delante del Señor Jehová.
Y tomó el libro de la alianza, y leyó á oídos del pueblo, el cual dijo: Haremos todas las cosas que Jehová ha dicho, y obedeceremos.
Y para ella harás de fundición cuatro anillos de oro, que pondrás á sus cuatro esquinas; dos anillos al un lado de ella, y dos anillos al otro lado.
Habrá una manzana debajo de los dos brazos de lo mismo, otra manzana debajo de los otros dos brazos de lo mismo, y otra manzana debajo de los otros dos brazos de lo mismo, en conformidad á los seis brazos que salen del candelero.
Harás, pues, las tablas del tabernáculo: veinte tablas al lado del mediodía, al austro.
Y le harás un enrejado de metal de obra de malla; y sobre el enrejado harás cuatro anillos de metal á sus cuatro esquinas.
Y harán el ephod de oro y cárdeno, y púrpura, y carmesí, y lino torcido de obra de bordador.
Y llevará Aarón los nombres de los hijos de Israel en el racional del juicio sobre su corazón, cuando entrare en el santuario, para memoria delante de Jehová continuamente.
Y les ceñirás el cinto, á Aarón y á sus hijos, y les atarás los chapeos (tiaras), y tendrán el sacerdocio por fuero perpetuo: y henchirás las manos de Aarón y de sus hijos.
Y Aarón y sus hijos comerán la carne del carnero, y el pan que está en el canastillo, á la puerta del tabernáculo del testimonio.
No ofreceréis sobre él sahumerio extraño, ni holocausto, ni presente; ni tampoco derramaréis sobre él libación.
Sobre carne de hombre no será untado, ni haréis otro semejante, conforme á su composición: santo es; por santo habéis de tenerlo vosotros.
Señal es para siempre entre mí y los hijos de Israel; porque en seis días hizo Jehová los cielos y la tierra, y en el séptimo día cesó, y reposó.
Y respondió Aarón: No se enoje mi señor; tú conoces el pueblo, que es inclinado á mal.
Y viendo todo el pueblo la columna de la nube, que estaba á la puerta del tabernáculo, levantábase todo el pueblo, cada uno á la puerta de su tienda, y adoraba.
Y él dijo: He aquí, yo hago concierto delante de todo tu pueblo: haré maravillas que no han sido hechas en toda la tierra, ni en nación alguna; y verá todo el pueblo en medio del cual estás tú, la obra de Jehová; porque ha de ser cosa terrible la que yo haré contigo.
Y cuando hubo acabado Moisés de hablar con ellos, puso un velo sobre su rostro.
Y vino todo varón á quien su corazón estimuló, y todo aquel á quien su espíritu le dió voluntad, y trajeron ofrenda á Jehová para la obra del tabernáculo del testimonio, y para toda su fábrica, y para las sagradas vestiduras.
La longitud de la una cortina era de veintiocho codos, y la anchura de cuatro codos: todas las cortinas tenían una misma medida.
Y cinco barras para las tablas del otro lado del tabernáculo, y cinco barras para las tablas del lado del tabernáculo á la parte occidental.
Hizo asimismo el candelero de oro puro, é hízolo labrado á martillo: su pie y su caña, sus copas, sus manzanas y sus flores eran de lo mismo.
Y á la parte del aquilón cortinas de cien codos: sus columnas veinte, con sus veinte basas de metal; los capiteles de las columnas y sus molduras, de plata.
Y extendieron las planchas de oro, y cortaron hilos para tejerlos entre el jacinto, y entre la púrpura, y entre el carmesí, y entre el lino, con delicada obra.
Una campanilla y una granada, una campanilla y una granada alrededor, en las orillas del manto, para ministrar; como Jehová lo mandó á Moisés.
Después pondrás el altar del holocausto delante de la puerta del tabernáculo, del tabernáculo del testimonio.
Y colocó el altar del holocausto á la puerta del tabernáculo, del tabernáculo del testimonio; y ofreció sobre él holocausto y presente; como Jehová había mandado á Moisés.
Y si el holocausto se hubiere de ofrecer á Jehová de aves, presentará su ofrenda de tórtolas, ó de palominos.
Y los dos riñones, y el sebo que está sobre ellos, y sobre los ijares, y con los riñones quitará el redaño que está sobre el hígado.
De la manera que se quita del buey del sacrificio de las paces: y el sacerdote lo hará arder sobre el altar del holocausto.
Y pondrá su mano sobre la cabeza de la expiación, y la degollará por expiación en el lugar donde se degüella el holocausto.
Cuando una persona pecare, é hiciere prevaricación contra Jehová, y negare á su prójimo lo encomendado, ó dejado en su mano, ó bien robare, ó calumniare á su prójimo;
Habla á Aarón y á sus hijos, diciendo: Esta es la ley de la expiación: en el lugar donde será degollado el holocausto, será degollada la expiación por el pecado delante de Jehová: es cosa santísima.
Y si se comiere de la carne del sacrificio de sus paces el tercer día, el que lo ofreciere no será acepto, ni le será imputado; abominación será, y la persona que de él comiere llevará su pecado.
Y reune toda la congregación á la puerta del tabernáculo del testimonio.
Y del canastillo de los ázimos, que estaba delante de Jehová, tomó una torta sin levadura, y una torta de pan de aceite, y una lasaña, y púsolo con el sebo y con la espaldilla derecha;
Presentáronle después el holocausto, á trozos, y la cabeza; é hízolos quemar sobre el altar.
Y Moisés dijo á Aarón, y á Eleazar y á Ithamar, sus hijos que habían quedado: Tomad el presente que queda de las ofrendas encendidas á Jehová, y comedlo sin levadura junto al altar, porque es cosa muy santa.
Todo cuervo según su especie;
Mas si se hubiere puesto agua en la simiente, y cayere de sus cuerpos muertos sobre ella, tendréisla por inmunda.
Y al séptimo día el sacerdote le reconocerá de nuevo; y si parece haberse oscurecido la llaga, y que no ha cundido en la piel, entonces el sacerdote lo dará por limpio: era postilla; y lavará sus vestidos, y será limpio.
Y al hombre ó mujer que le saliere llaga en la cabeza, ó en la barba,
Será quemado el vestido, ó estambre ó trama, de lana ó de lino, ó cualquiera obra de pieles en que hubiere tal plaga; porque lepra roedora es: al fuego será quemada.
Y mojará su dedo derecho en el aceite que tiene en su mano izquierda, y esparcirá del aceite con su dedo siete veces delante de Jehová:
Y al séptimo día volverá el sacerdote, y mirará: y si la plaga hubiere crecido en las paredes de la casa,
Y cualquiera que tocare á su cama, lavará sus vestidos; lavaráse también á sí mismo con agua, y será inmundo hasta la tarde.
Y cuando fuere libre de su flujo, se ha de contar siete días, y después será limpia.
Y saldrá al altar que está delante de Jehová, y lo expiará; y tomará de la sangre del becerro, y de la sangre del macho cabrío, y pondrá sobre los cuernos del altar alrededor.
Y nunca más sacrificarán sus sacrificios á los demonios, tras de los cuales han fornicado: tendrán esto por estatuto perpetuo por sus edades.
La desnudez del hermano de tu padre no descubrirás: no llegarás á su mujer: es mujer del hermano de tu padre.
Y si se comiere el día tercero, será abominación; no será acepto:
Mis sábados guardaréis, y mi santuario tendréis en reverencia: Yo Jehová.
Y la mujer que se allegare á algún animal, para tener ayuntamiento con él, á la mujer y al animal matarás: morirán infaliblemente; será su sangre sobre ellos.
Ni saldrá del santuario, ni contaminará el santuario de su Dios; porque la corona del aceite de la unción de su Dios está sobre él: Yo Jehová.
Mas el sacerdote, cuando comprare persona de su dinero, ésta comerá de ella, y el nacido en su casa: éstos comerán de su pan.
Y HABLÓ Jehová á Moisés, diciendo:
Habla á los hijos de Israel, y diles: En el mes séptimo, al primero del mes tendréis sábado, una conmemoración al son de trompetas, y una santa convocación.
Fuera del velo del testimonio, en el tabernáculo del testimonio, las aderezará Aarón desde la tarde hasta la mañana delante de Jehová, de continuo: estatuto perpetuo por vuestras edades.
Seis años sembrarás tu tierra, y seis años podarás tu viña, y cogerás sus frutos;
Y cuando el hombre no tuviere rescatador, si alcanzare su mano, y hallare lo que basta para su rescate;
O su tío, ó el hijo de su tío lo rescatará, ó el cercano de su carne, de su linaje, lo rescatará; ó si sus medios alcanzaren, él mismo se redimirá.
Y pondré mi ira sobre vosotros, y seréis heridos delante de vuestros enemigos; y los que os aborrecen se enseñorearán de vosotros, y huiréis sin que haya quien os persiga.
Y confesarán su iniquidad, y la iniquidad de sus padres, por su prevaricación con que prevaricaron contra mí: y también porque anduvieron conmigo en oposición,
Y si santificare su tierra desde el año del jubileo, conforme á tu estimación quedará.
De Simeón, Selumiel hijo de Zurisaddai.
Los contados de ellos, de la tribu de Issachâr, cincuenta y cuatro mil y cuatrocientos.
Y los hijos de Israel asentarán sus tiendas cada uno en su escuadrón, y cada uno junto á su bandera, por sus cuadrillas;
Y su hueste, con los contados de ellos, treinta y dos mil y doscientos:
Y constituirás á Aarón y á sus hijos, para que ejerzan su sacerdocio: y el extraño que se llegare, morirá.
De Merari, la familia Mahalítica, y la familia Musítica: estas son las familias de Merari.
Cuando se hubiere de mudar el campo, vendrán Aarón y sus hijos, y desarmarán el velo de la tienda, y cubrirán con él el arca del testimonio:
Este es el servicio de las familias de los hijos de Gersón en el tabernáculo del testimonio: y el cargo de ellos estará bajo la mano de Ithamar, hijo de Aarón el sacerdote.
Manda á los hijos de Israel que echen del campo á todo leproso, y á todos los que padecen flujo de semen, y á todo contaminado sobre muerto:
Después tomará el sacerdote de la mano de la mujer el presente de los celos, y mecerálo delante de Jehová, y lo ofrecerá delante del altar:
Y ofrecerá el carnero en sacrificio de paces á Jehová, con el canastillo de las cenceñas; ofrecerá asimismo el sacerdote su presente, y sus libaciones.
Y fué su ofrenda un plato de plata de peso de ciento y treinta siclos, y un jarro de plata de setenta siclos, al siclo del santuario; ambos llenos de flor de harina amasada con aceite para presente;
El quinto día, Selumiel hijo de Zurisaddai, príncipe de los hijos de Simeón:
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Gamaliel, hijo de Pedasur.
Un macho cabrío para expiación;
Porque enteramente me son á mí dados los Levitas de entre los hijos de Israel, en lugar de todo aquel que abre matriz; helos tomado para mí en lugar de los primogénitos de todos los hijos de Israel.
Mas el que estuviere limpio, y no estuviere de viaje, si dejare de hacer la pascua, la tal persona será cortada de sus pueblos: por cuanto no ofreció á su tiempo la ofrenda de Jehová, el tal hombre llevará su pecado.
Y movieron la primera vez al dicho de Jehová por mano de Moisés.
Y cuando ella asentaba, decía: Vuelve, Jehová, á los millares de millares de Israel.
Entonces Jehová respondió á Moisés: ¿Hase acortado la mano de Jehová? ahora verás si te sucede mi dicho, ó no.
Y dijo Aarón á Moisés: ¡Ah! señor mío, no pongas ahora sobre nosotros pecado; porque locamente lo hemos hecho, y hemos pecado.
Jehová, tardo de ira y grande en misericordia, que perdona la iniquidad y la rebelión, y absolviendo no absolverá al culpado; que visita la maldad de los padres sobre los hijos hasta los terceros y hasta los cuartos.
Y dijo Moisés: ¿Por qué quebrantáis el dicho de Jehová? Esto tampoco os sucederá bien.
Será que cuando comenzareis á comer del pan de la tierra, ofreceréis ofrenda á Jehová.
Y CORÉ, hijo de Ishar, hijo de Coath, hijo de Leví; y Dathán y Abiram, hijos de Eliab; y Hon, hijo de Peleth, de los hijos de Rubén, tomaron gente,
Habla á la congregación, diciendo: Apartaos de en derredor de la tienda de Coré, Dathán, y Abiram.
Entonces tomó Aarón el incensario, como Moisés dijo, y corrió en medio de la congregación: y he aquí que la mortandad había comenzado en el pueblo: y él puso perfume, é hizo expiación por el pueblo.
Mas tú y tus hijos contigo guardaréis vuestro sacerdocio en todo negocio del altar, y del velo adentro, y ministraréis. Yo os he dado en don el servicio de vuestro sacerdocio; y el extraño que se llegare, morirá.
Y les dirás: Cuando ofreciereis lo mejor de ellos, será contado á los Levitas por fruto de la era, y como fruto del lagar.
Y les será por estatuto perpetuo: también el que rociare el agua de la separación lavará sus vestidos; y el que tocare el agua de la separación, será inmundo hasta la tarde.
Y partidos de Cades los hijos de Israel, toda aquella congregación, vinieron al monte de Hor.
Y de allí vinieron á Beer: este es el pozo del cual Jehová dijo á Moisés: Junta el pueblo, y les daré agua.
Y dijo Moab á los ancianos de Madián: Ahora lamerá esta gente todos nuestros contornos, como lame el buey la grama del campo. Y Balac, hijo de Zippor, era entonces rey de Moab.
Y viendo el asna al ángel de Jehová, echóse debajo de Balaam: y enojóse Balaam, é hirió al asna con el palo.
Porque de la cumbre de las peñas lo veré, y desde los collados lo miraré: he aquí un pueblo que habitará confiado, y no será contado entre las gentes.
Y alzando sus ojos, vió á Israel alojado por sus tribus; y el espíritu de Dios vino sobre él.
Entonces se levantó Balaam, y se fué, y volvióse á su lugar: y también Balac se fué por su camino.
Rubén primogénito de Israel: los hijos de Rubén: Hanoc, del cual era la familia de los Hanochîtas; de Phallú, la familia de los Phalluitas;
Los hijos de José por sus familias: Manasés y Ephraim.
Estos son los contados de los hijos de Israel, seiscientos y un mil setecientos y treinta.
Y si no tuviere hija, daréis su herencia á sus hermanos:
Mas el día del sábado dos corderos de un año sin defecto, y dos décimas de flor de harina amasada con aceite, por presente, con su libación:
Y EL séptimo mes, al primero del mes tendréis santa convocación: ninguna obra servil haréis; os será día de sonar las trompetas.
Sus presentes y sus libaciones con los becerros, con los carneros, y con los corderos, según el número de ellos, conforme á la ley;
Y pelearon contra Madián, como Jehová lo mandó á Moisés, y mataron á todo varón.
Y de la mitad perteneciente á los hijos de Israel tomarás uno de cincuenta, de las personas, de los bueyes, de los asnos, y de las ovejas, de todo animal; y los darás á los Levitas, que tienen la guarda del tabernáculo de Jehová.
Los hombres del ejército habían pillado cada uno para sí.
Y sea el país sojuzgado delante de Jehová; luego volveréis, y seréis libres de culpa para con Jehová, y para con Israel; y esta tierra será vuestra en heredad delante de Jehová.
De Rameses partieron en el mes primero, á los quince días del mes primero: el segundo día de la pascua salieron los hijos de Israel con mano alta, á ojos de todos los Egipcios.
Y partidos de Maceloth, asentaron en Tahath.
Finalmente asentaron junto al Jordán, desde Beth-jesimoth hasta Abel-sitim, en los campos de Moab.
Y habló Jehová á Moisés, diciendo:
Habla á los hijos de Israel, y diles: Cuando hubiereis pasado el Jordán á la tierra de Canaán,
Y no contaminaréis la tierra donde estuviereis: porque esta sangre amancillará la tierra: y la tierra no será expiada de la sangre que fué derramada en ella, sino por la sangre del que la derramó.
Y yo os hablé entonces, diciendo: Yo no puedo llevaros solo:
Y aun con esto no creisteis en Jehová vuestro Dios,
Y Jehová me dijo: No molestes á Moab, ni te empeñes con ellos en guerra, que no te daré posesión de su tierra; porque yo he dado á Ar por heredad á los hijos de Lot.
Y saliónos Sehón al encuentro, él y todo su pueblo, para pelear en Jaas.
Y os mandé entonces, diciendo: Jehová vuestro Dios os ha dado esta tierra para que la poseáis: pasaréis armados delante de vuestros hermanos los hijos de Israel todos los valientes.
Y habló Jehová con vosotros de en medio del fuego: oisteis la voz de sus palabras, mas á excepción de oir la voz, ninguna figura visteis:
A ti te fué mostrado, para que supieses que Jehová él es Dios; no hay más fuera de él.
No te inclinarás á ellas ni les servirás: porque yo soy Jehová tu Dios, fuerte, celoso, que visito la iniquidad de los padres sobre los hijos, y sobre los terceros, y sobre los cuartos, á los que me aborrecen,
Mirad, pues, que hagáis como Jehová vuestro Dios os ha mandado: no os apartéis á diestra ni á siniestra;
Y dió Jehová señales y milagros grandes y nocivos en Egipto, sobre Faraón y sobre toda su casa, delante de nuestros ojos;
Y también enviará Jehová tu Dios sobre ellos avispas, hasta que perezcan los que quedaren, y los que se hubieren escondido de delante de ti.
Y digas en tu corazón: Mi poder y la fortaleza de mi mano me han traído esta riqueza.
Contra Aarón también se enojó Jehová en gran manera para destruirlo: y también oré por Aarón entonces.
He aquí, de Jehová tu Dios son los cielos, y los cielos de los cielos: la tierra, y todas las cosas que hay en ella.
Daré también hierba en tu campo para tus bestias; y comerás, y te hartarás.
Y allí llevaréis vuestros holocaustos, y vuestros sacrificios, y vuestros diezmos, y la ofrenda elevada de vuestras manos, y vuestros votos, y vuestras ofrendas voluntarias, y los primerizos de vuestras vacas y de vuestras ovejas:
Cuando hubiere devastado delante de ti Jehová tu Dios las naciones á donde tú vas para poseerlas, y las heredares, y habitares en su tierra,
Porque eres pueblo santo á Jehová tu Dios, y Jehová te ha escogido para que le seas un pueblo singular de entre todos los pueblos que están sobre la haz de la tierra.
Entonces venderlo has, y atarás el dinero en tu mano, y vendrás al lugar que Jehová tu Dios escogiere;
Santificarás á Jehová tu Dios todo primerizo macho que nacerá de tus vacas y de tus ovejas: no te sirvas del primerizo de tus vacas, ni trasquiles el primerizo de tus ovejas.
No tuerzas el derecho; no hagas acepción de personas, ni tomes soborno; porque el soborno ciega los ojos de los sabios, y pervierte las palabras de los justos.
Para que no se eleve su corazón sobre sus hermanos, ni se aparte del mandamiento á diestra ni á siniestra: á fin que prolongue sus días en su reino, él y sus hijos, en medio de Israel.
CUANDO Jehová tu Dios talare las gentes, cuya tierra Jehová tu Dios te da á ti, y tú las heredares, y habitares en sus ciudades, y en sus casas;
Y les dirá: Oye, Israel, vosotros os juntáis hoy en batalla contra vuestros enemigos: no se ablande vuestro corazón, no temáis, no os azoréis, ni tampoco os desalentéis delante de ellos;
Y todos los ancianos de aquella ciudad más cercana al muerto lavarán sus manos sobre la becerra degollada en el valle.
Cuando topares en el camino algún nido de ave en cualquier árbol, ó sobre la tierra, con pollos ó huevos, y estuviere la madre echada sobre los pollos ó sobre los huevos, no tomes la madre con los hijos:
Entonces el hombre que se echó con ella dará al padre de la moza cincuenta piezas de plata, y ella será su mujer, por cuanto la humilló: no la podrá despedir en todos sus días.
Mas cuando te abstuvieres de prometer, no habrá en ti pecado.
Cuando sacudieres tus olivas, no recorrerás las ramas tras ti: para el extranjero, para el huérfano, y para la viuda será.
Entonces tomarás de las primicias de todos los frutos de la tierra, que sacares de tu tierra que Jehová tu Dios te da, y lo pondrás en un canastillo, é irás al lugar que Jehová tu Dios escogiere para hacer habitar allí su nombre.
De piedras enteras edificarás el altar de Jehová tu Dios; y ofrecerás sobre él holocausto á Jehová tu Dios;
Bendito serás tú en la ciudad, y bendito tú en el campo.
Y será tu cuerpo muerto por comida á toda ave del cielo y bestia de la tierra, y no habrá quien las espante.
Jehová traerá sobre ti gente de lejos, del cabo de la tierra, que vuele como águila, gente cuya lengua no entiendas;
Y Jehová no os dió corazón para entender, ni ojos para ver, ni oídos para oir, hasta el día de hoy.
Encendióse por tanto, el furor de Jehová contra esta tierra, para traer sobre ella todas las maldiciones escritas en este libro;
Y FUÉ Moisés, y habló estas palabras á todo Israel,
Y como acabó Moisés de escribir las palabras de esta ley en un libro hasta concluirse,
Sacrificaron á los diablos, no á Dios; á dioses que no habían conocido, á nuevos dioses venidos de cerca, que no habían temido vuestros padres.
Cuando yo alzaré á los cielos mi mano, y diré: Vivo yo para siempre,
Bendice, oh Jehová, lo que hicieren, y recibe con agrado la obra de sus manos: hiere los lomos de sus enemigos, y de los que le aborrecieren; para que nunca se levanten.
Y murió allí Moisés siervo de Jehová, en la tierra de Moab, conforme al dicho de Jehová.
Entonces respondieron á Josué, diciendo: Nosotros haremos todas las cosas que nos has mandado, é iremos adonde quiera que nos mandares.
Y ella respondió: Sea así como habéis dicho. Luego los despidió, y se fueron: y ella ató el cordón de grana á la ventana.
Y mandadles, diciendo: Tomaos de aquí del medio del Jordán, del lugar donde están firmes los pies de los sacerdotes, doce piedras, las cuales pasaréis con vosotros, y las asentaréis en el alojamiento donde habéis de tener la noche.
En aquel tiempo Jehová dijo á Josué: Hazte cuchillos afilados, y vuelve á circuncidar la segunda vez á los hijos de Israel.
Y Josué mandó al pueblo, diciendo: Vosotros no daréis grita, ni se oirá vuestra voz, ni saldrá palabra de vuestra boca, hasta el día que yo os diga: Gritad: entonces daréis grita.
Entonces Josué rompió sus vestidos, y postróse en tierra sobre su rostro delante del arca de Jehová hasta la tarde, él y los ancianos de Israel; y echaron polvo sobre sus cabezas.
Y levantóse Josué, y toda la gente de guerra, para subir contra Hai: y escogió Josué treinta mil hombres fuertes, los cuales envió de noche.
Y Josué no retrajo su mano que había extendido con la lanza, hasta que hubo destruído á todos los moradores de Hai.
Y los hombres de Israel tomaron de su provisión del camino, y no preguntaron á la boca de Jehová.
Y Jehová los turbó delante de Israel, é hiriólos con gran mortandad en Gabaón: y siguiólos por el camino que sube á Beth-oron, é hiriólos hasta Azeca y Maceda.
Entonces Horam, rey de Gezer, subió en ayuda de Lachîs; mas á él y á su pueblo hirió Josué, hasta no quedar ninguno de ellos.
Empero todas las ciudades que estaban en sus cabezos, no las quemó Israel, sacando á sola Asor, la cual quemó Josué.
El rey de Debir, otro: el rey de Geder, otro:
Todo el reino de Og en Basán, el cual reinó en Astaroth y Edrei, el cual había quedado del residuo de los Rapheos; pues Moisés los hirió, y echó.
Por suerte dióseles su heredad, como Jehová lo había mandado por Moisés, que diese á las nueve tribus, y á la media tribu.
Después torna este término desde Baala hacia el occidente al monte de Seir: y pasa al lado del monte de Jearim hacia el norte, esta es Chesalón, y desciende á Beth-semes, y pasa á Timna.
En las llanuras, Estaol, y Sorea, y Asena,
E Izreel, Jocdeam, y Zanoa,
Porque las hijas de Manasés poseyeron herencia entre sus hijos: y la tierra de Galaad fué de los otros hijos de Manasés.
Y sacóse la suerte de la tribu de los hijos de Benjamín por sus familias: y salió el término de su suerte entre los hijos de Judá y los hijos de José.
Beth-lebaoth, y Saruhén; trece ciudades con sus aldeas:
Y torna de allí este término á Horma, y hasta la fuerte ciudad de Tiro, y torna este término á Hosa, y sale á la mar desde el territorio de Achzib:
Y HABLÓ Jehová á Josué, diciendo:
A Helón con sus ejidos, y á Debir con sus ejidos,
De la tribu de Gad, la villa de refugio para los homicidas, Ramoth en Galaad con sus ejidos, y Mahanaim con sus ejidos,
Toda la congregación de Jehová dice así: ¿Qué transgresión es ésta con que prevaricáis contra el Dios de Israel, volviéndoos hoy de seguir á Jehová, edificándoos altar para ser hoy rebeldes contra Jehová?
Y Jehová vuestro Dios las echará de delante de vosotros, y las lanzará de vuestra presencia: y vosotros poseeréis sus tierras, como Jehová vuestro Dios os ha dicho.
Y envié tábanos delante de vosotros, los cuales los echaron de delante de vosotros, á saber, á los dos reyes de los Amorrheos; no con tu espada, ni con tu arco.
Y Jehová respondió: Judá subirá; he aquí que yo he entregado la tierra en sus manos.
Y él les mostró la entrada á la ciudad, é hiriéronla á filo de espada; mas dejaron á aquel hombre con toda su familia.
Y dejaron á Jehová el Dios de sus padres, que los había sacado de la tierra de Egipto, y fuéronse tras otros dioses, los dioses de los pueblos que estaban en sus alrededores, á los cuales adoraron; y provocaron á ira á Jehová.
Y tornaron los hijos de Israel á hacer lo malo ante los ojos de Jehová; y Jehová esforzó á Eglón rey de Moab contra Israel, por cuanto habían hecho lo malo ante los ojos de Jehová.
Y gobernaba en aquel tiempo á Israel una mujer, Débora, profetisa, mujer de Lapidoth:
Oid, reyes; estad, oh príncipes, atentos: yo cantaré á Jehová, cantaré salmos á Jehová Dios de Israel.
Su mano tendió á la estaca, y su diestra al mazo de trabajadores; y majó á Sísara, hirió su cabeza, llagó y atravesó sus sienes.
Ruégote que no te vayas de aquí, hasta que á ti vuelva, y saque mi presente, y lo ponga delante de ti. Y él respondió: Yo esperaré hasta que vuelvas.
LEVANTÁNDOSE pues de mañana Jerobaal, el cual es Gedeón, y todo el pueblo que estaba con él, asentaron el campo junto á la fuente de Harod: y tenía el campo de los Madianitas al norte, de la otra parte del collado de More, en el valle.
Gedeón también envió mensajeros á todo el monte de Ephraim, diciendo: Descended al encuentro de los Madianitas, y tomadles las aguas hasta Beth-bara y el Jordán. Y juntos todos los hombres de Ephraim, tomaron las aguas de Beth-bara y el Jordán.
Y los Israelitas dijeron á Gedeón: Sé nuestro señor, tú, y tu hijo, y tu nieto; pues que nos has librado de mano de Madián.
Y dijeron los árboles á la higuera: Anda tú, reina sobre nosotros.
Y por la mañana al salir del sol te levantarás y acometerás la ciudad: y él y el pueblo que está con él saldrán contra ti, y tu harás con él según que se te ofrecerá.
Así pues pagó Dios á Abimelech el mal que hizo contra su padre matando á sus setenta hermanos.
Y aconteció que después de días los hijos de Ammón hicieron guerra contra Israel:
Así que, yo nada he pecado contra ti, mas tú haces mal conmigo haciéndome guerra: Jehová, que es el juez, juzgue hoy entre los hijos de Israel y los hijos de Ammón.
Y murió Ibzan, y fué sepultado en Beth-lehem.
Y el ángel de Jehová respondió: ¿Por qué preguntas por mi nombre, que es oculto?
Y lloró la mujer de Samsón delante de él, y dijo: Solamente me aborreces y no me amas, pues que no me declaras el enigma que propusiste á los hijos de mi pueblo. Y él respondió: He aquí que ni á mi padre ni á mi madre lo he declarado; y ¿habíalo de declarar á ti?
Y juzgó á Israel en días de los Filisteos veinte años.
Entonces los príncipes de los Filisteos se juntaron para ofrecer sacrificio á Dagón su dios, y para alegrarse; y dijeron: Nuestro dios entregó en nuestras manos á Samsón nuestro enemigo.
Y los hijos de Dan enviaron de su tribu cinco hombres de sus términos, hombres valientes, de Sora y Esthaol, para que reconociesen y explorasen bien la tierra; y dijéronles: Id y reconoced la tierra. Estos vinieron al monte de Ephraim, hasta la casa de Michâs, y allí posaron.
Y los hijos de Dan le dijeron: No des voces tras nosotros, no sea que los de ánimo colérico os acometan, y pierdas también tu vida, y la vida de los tuyos.
Y alzando el viejo los ojos, vió á aquel viajante en la plaza de la ciudad, y díjole: ¿A dónde vas, y de dónde vienes?
Y tomaremos diez hombres de cada ciento por todas las tribus de Israel, y de cada mil ciento, y mil de cada diez mil, que lleven bastimento para el pueblo que ha de hacer, yendo contra Gabaa de Benjamín, conforme á toda la abominación que ha cometido en Israel.
Entonces, levantándose todos los de Israel de su lugar, pusiéronse en orden en Baal-tamar: y también las emboscadas de Israel salieron de su lugar, del prado de Gabaa.
Y dijeron: ¿Hay alguno de las tribus de Israel que no haya subido á Jehová en Mizpa? Y hallaron que ninguno de Jabes-galaad había venido al campo á la reunión:
Y su competidora la irritaba, enojándola y entristeciéndola, porque Jehová había cerrado su matriz.
Y ANNA oró y dijo: mi corazón se regocija en Jehová, mi cuerno es ensalzado en Jehová; mi boca se ensanchó sobre mis enemigos, por cuanto me alegré en tu salud.
No, hijos míos; porque no es buena fama la que yo oigo: que hacéis pecar al pueblo de Jehová.
Y Jehová dijo á Samuel: He aquí haré yo una cosa en Israel, que á quien la oyere, le retiñirán ambos oídos.
Y cuando llegó, he aquí Eli que estaba sentado en una silla atalayando junto al camino; porque su corazón estaba temblando por causa del arca de Dios. Llegado pues aquel hombre á la ciudad, y dadas las nuevas, toda la ciudad gritó.
Entonces los Filisteos, llamando los sacerdotes y adivinos, preguntaron: ¿Qué haremos del arca de Jehová? Declaradnos cómo la hemos de tornar á enviar á su lugar.
Entonces los hijos de Israel quitaron á los Baales y á Astaroth, y sirvieron á solo Jehová.
Y dijo Samuel todas las palabras de Jehová al pueblo que le había pedido rey.
Y cuando subían por la cuesta de la ciudad, hallaron unas mozas que salían por agua, á las cuales dijeron: ¿Está en este lugar el vidente?
Y cuando te hubieren sobrevenido estas señales, haz lo que te viniere á la mano, porque Dios es contigo.
Entonces los ancianos de Jabes le dijeron: Danos siete días, para que enviemos mensajeros á todos los términos de Israel; y si nadie hubiere que nos defienda, saldremos á ti.
Entonces Jehová envió á Jerobaal, y á Bedán, y á Jephté, y á Samuel, y os libró de mano de vuestros enemigos alrededor, y habitasteis seguros.
Entonces dijo Saúl: Traedme holocausto y sacrificios pacíficos. Y ofreció el holocausto.
Si nos dijeren así: Esperad hasta que lleguemos á vosotros; entonces nos estaremos en nuestro lugar, y no subiremos á ellos.
Tornóse por tanto el pueblo al despojo, y tomaron ovejas y vacas y becerros, y matáronlos en tierra, y el pueblo comió con sangre.
Ve pues, y hiere á Amalec, y destruiréis en él todo lo que tuviere: y no te apiades de él: mata hombres y mujeres, niños y mamantes, vacas y ovejas, camellos y asnos.
Y Samuel respondió á Saúl: No volveré contigo; porque desechaste la palabra de Jehová, y Jehová te ha desechado para que no seas rey sobre Israel.
Y el espíritu de Jehová se apartó de Saúl, y atormentábale el espíritu malo de parte de Jehová.
Y David era el menor. Siguieron pues los tres mayores á Saúl.
Y añadió David: Jehová que me ha librado de las garras del león y de las garras del oso, él también me librará de la mano de este Filisteo. Y dijo Saúl á David: Ve, y Jehová sea contigo.
Y Saúl le tomó aquel día, y no le dejó volver á casa de su padre.
Y Saúl dijo: Decid así á David: No está el contentamiento del rey en el dote, sino en cien prepucios de Filisteos, para que sea tomada venganza de los enemigos del rey. Mas Saúl pensaba echar á David en manos de los Filisteos.
Huyó pues David, y escapóse, y vino á Samuel en Rama, y díjole todo lo que Saúl había hecho con él. Y fuéronse él y Samuel, y moraron en Najoth.
Y tornó Jonathán á jurar á David, porque le amaba, porque le amaba como á su alma.
Luego dió Jonathán sus armas á su muchacho, y díjole: Vete y llévalas á la ciudad.
Y oyó Saúl como había parecido David, y los que estaban con él. Estaba entonces Saúl en Gabaa debajo de un árbol en Rama, y tenía su lanza en su mano, y todos sus criados estaban en derredor de él.
Y aconteció que, huyendo Abiathar hijo de Ahimelech á David á Keila, vino también con él el ephod.
Júrame pues ahora por Jehová, que no cortarás mi simiente después de mí, ni raerás mi nombre de la casa de mi padre. Entonces David juró á Saúl. Y fuése Saúl á su casa, y David y los suyos se subieron al sitio fuerte.
Y como Abigail vió á David, apeóse prestamente del asno, y postrándose delante de David sobre su rostro, inclinóse á tierra;
Saúl entonces se levantó, y descendió al desierto de Ziph, llevando consigo tres mil hombres escogidos de Israel, para buscar á David en el desierto de Ziph.
Y Saúl dijo á David: Bendito eres tú, hijo mío David; sin duda ejecutarás tú grandes empresas, y prevalecerás. Entonces David se fué su camino, y Saúl se volvió á su lugar.
La mujer entonces dijo: ¿A quién te haré venir? Y él respondió: Hazme venir á Samuel.
Y Achîs respondió á David, y dijo: Yo sé que tú eres bueno en mis ojos, como un ángel de Dios; mas los príncipes de los Filisteos han dicho: No venga con nosotros á la batalla.
Y vino David á los doscientos hombres que habían quedado cansados y no habían podido seguir á David, á los cuales habían hecho quedar en el torrente de Besor; y ellos salieron á recibir á David, y al pueblo que con él estaba. Y como David llegó á la gente, saludóles con paz.
Y tomando sus huesos, sepultáronlos debajo de un árbol en Jabes, y ayunaron siete días.
Saúl y Jonathán, amados y queridos en su vida, en su muerte tampoco fueron apartados: más ligeros que águilas, más fuertes que leones.
El cual Asael siguió á Abner, yendo tras de él sin apartarse á diestra ni á siniestra.
Trasladando el reino de la casa de Saúl, y confirmando el trono de David sobre Israel y sobre Judá, desde Dan hasta Beer-sebah.
Y endechando el rey al mismo Abner, decía: ¿Murió Abner como muere un villano?
En Hebrón reinó sobre Judá siete años y seis meses: y en Jerusalem reinó treinta y tres años sobre todo Israel y Judá.
Y pusieron el arca de Dios sobre un carro nuevo, y lleváronla de la casa de Abinadab, que estaba en Gabaa: y Uzza y Ahio, hijos de Abinadab, guiaban el carro nuevo.
Y Nathán dijo al rey: Anda, y haz todo lo que está en tu corazón, que Jehová es contigo.
Que sea engrandecido tu nombre para siempre, y dígase: Jehová de los ejércitos es Dios sobre Israel; y que la casa de tu siervo David sea firme delante de ti.
Y había un siervo de la casa de Saúl, que se llamaba Siba, al cual como llamaron que viniese á David, el rey le dijo: ¿Eres tú Siba? Y él respondió: Tu siervo.
Esfuérzate, y esforcémonos por nuestro pueblo, y por las ciudades de nuestro Dios: y haga Jehová lo que bien le pareciere.
Así fué que cuando Joab cercó la ciudad, puso á Uría en el lugar donde sabía que estaban los hombres más valientes.
Porque tú lo hiciste en secreto; mas yo haré esto delante de todo Israel, y delante del sol.
Y éste le dijo: Hijo del rey, ¿por qué de día en día vas así enflaqueciendo? ¿no me lo descubrirás á mí? Y Amnón le respondió: Yo amo á Thamar la hermana de Absalom mi hermano.
Y como Absalom lo importunase, dejó ir con él á Amnón y á todos los hijos del rey.
Dijo ella entonces: Ruégote, oh rey, que te acuerdes de Jehová tu Dios, que no dejes á los cercanos de la sangre aumentar el daño con destruir á mi hijo. Y él respondió: Vive Jehová, que no caerá ni un cabello de la cabeza de tu hijo en tierra.
ACONTECIÓ después de esto, que Absalom se hizo de carros y caballos, y cincuenta hombres que corriesen delante de él.
Y he aquí, también iba Sadoc, y con él todos los Levitas que llevaban el arca del pacto de Dios; y asentaron el arca del pacto de Dios. Y subió Abiathar después que hubo acabado de salir de la ciudad todo el pueblo.
Y el rey respondió: ¿Qué tengo yo con vosotros, hijos de Sarvia? El maldice así, porque Jehová le ha dicho que maldiga á David: ¿quién pues le dirá: Por qué lo haces así?
Así aun el hombre valiente, cuyo corazón sea como corazón de león, sin duda desmayará: porque todo Israel sabe que tu padre es hombre valiente, y que los que están con él son esforzados.
Entonces el rey les dijo: Yo haré lo que bien os pareciere. Y púsose el rey á la entrada de la puerta, mientras salía todo el pueblo de ciento en ciento y de mil en mil.
Y el atalaya volvió á decir: Paréceme el correr del primero como el correr de Ahimaas hijo de Sadoc. Y respondió el rey: Ese es hombre de bien, y viene con buena nueva.
Y con él venían mil hombres de Benjamín; asimismo Siba criado de la casa de Saúl, con sus quince hijos y sus veinte siervos, los cuales pasaron el Jordán delante del rey.
El rey entonces pasó á Gilgal, y con él pasó Chimham; y todo el pueblo de Judá, con la mitad del pueblo de Israel, pasaron al rey.
Y Joab respondió, diciendo: Nunca tal, nunca tal me acontezca, que yo destruya ni deshaga.
Otra segunda guerra hubo después en Gob contra los Filisteos: entonces Sibechâi Husathita hirió á Saph, que era de los hijos del gigante.
Asaltáronme en el día de mi calamidad; mas Jehová fué mi sostén.
Miraron, y no hubo quien los librase; á Jehová, mas no les respondió.
David entonces estaba en la fortaleza, y la guarnición de los Filisteos estaba en Beth-lehem.
Selec de Ammón, Naharai de Beeroth, escudero de Joab hijo de Sarvia;
Y Arauna dijo: ¿Por qué viene mi señor el rey á su siervo? Y David respondió: Para comprar de ti la era, para edificar altar á Jehová, á fin de que la mortandad cese del pueblo.
Ha matado bueyes, y animales engordados, y muchas ovejas, y ha convidado á todos los hijos del rey, y á Abiathar sacerdote, y á Joab general del ejército; mas á Salomón tu siervo no ha convidado.
Estando aún él hablando, he aquí Jonathán hijo de Abiathar sacerdote vino, al cual dijo Adonía: Entra, porque tú eres hombre de esfuerzo, y traerás buenas nuevas.
Y se sentó Salomón en el trono de David su padre, y fué su reino firme en gran manera.
Y el rey puso en su lugar á Benaía hijo de Joiada sobre el ejército: y á Sadoc puso el rey por sacerdote en lugar de Abiathar.
He aquí lo he hecho conforme á tus palabras: he aquí que te he dado corazón sabio y entendido, tanto que no haya habido antes de ti otro como tú, ni después de ti se levantará otro como tú.
Y tenía Salomón doce gobernadores sobre todo Israel, los cuales mantenían al rey y á su casa. Cada uno de ellos estaba obligado á abastecer por un mes en el año.
Que fué mayor la sabiduría de Salomón que la de todos los orientales, y que toda la sabiduría de los Egipcios.
Y FUÉ en el año cuatrocientos ochenta después que los hijos de Israel salieron de Egipto, en el cuarto año del principio del reino de Salomón sobre Israel, en el mes de Ziph, que es el mes segundo, que él comenzó á edificar la casa de Jehová.
La una ala del querubín tenía cinco codos, y la otra ala del querubín otros cinco codos: así que había diez codos desde la punta de la una ala hasta la punta de la otra.
Todas aquellas obras fueron de piedras de precio, cortadas y aserradas con sierras según las medidas, así por de dentro como por de fuera, desde el cimiento hasta los remates, y asimismo por de fuera hasta el gran atrio.
Las cuatro ruedas estaban debajo de las cintas, y los ejes de las ruedas nacían en la misma basa. La altura de cada rueda era de un codo y medio.
Y llevaron el arca de Jehová, y el tabernáculo del testimonio, y todos los vasos sagrados que estaban en el tabernáculo; los cuales llevaban los sacerdotes y Levitas.
Empero ¿es verdad que Dios haya de morar sobre la tierra? He aquí que los cielos, los cielos de los cielos, no te pueden contener: ¿cuánto menos esta casa que yo he edificado?
Y perdonarás á tu pueblo que había pecado contra ti, y todas sus infracciones con que se habrán contra ti rebelado; y harás que hayan de ellos misericordia los que los hubieren llevado cautivos:
Yo cortaré á Israel de sobre la haz de la tierra que les he entregado; y esta casa que he santificado á mi nombre, yo la echaré de delante de mí, é Israel será por proverbio y fábula á todos los pueblos;
Y vino á Jerusalem con muy grande comitiva, con camellos cargados de especias, y oro en grande abundancia, y piedras preciosas: y como vino á Salomón, propúsole todo lo que en su corazón tenía.
Y todos le llevaban cada año sus presentes: vasos de oro, vasos de plata, vestidos, armas, aromas, caballos y acémilas.
Y halló Adad grande gracia delante de Faraón, el cual le dió por mujer á la hermana de su esposa, á la hermana de la reina Thaphnes.
Y los días que Salomón reinó en Jerusalem sobre todo Israel, fueron cuarenta años.
Mas fué palabra de Jehová á Semeías varón de Dios, diciendo:
Y su padre les dijo: ¿Por qué camino fué? Y sus hijos le mostraron el camino por donde se había tornado el varón de Dios, que había venido de Judá.
EN aquel tiempo Abías hijo de Jeroboam cayó enfermo.
Y hubo también sodomitas en la tierra, é hicieron conforme á todas las abominaciones de las gentes que Jehová había echado delante de los hijos de Israel.
Y hubo guerra entre Asa y Baasa rey de Israel, todo el tiempo de ambos.
Lo demás de los hechos de Baasa, y las cosas que hizo, y su fortaleza, ¿no está todo escrito en el libro de las crónicas de los reyes de Israel?
Y Omri durmió con sus padres, y fué sepultado en Samaria; y reinó en lugar suyo Achâb, su hijo.
Después de estas cosas aconteció que cayó enfermo el hijo del ama de la casa, y la enfermedad fué tan grave, que no quedó en él resuello.
Entonces Abdías fué á encontrarse con Achâb, y dióle el aviso; y Achâb vino á encontrarse con Elías.
Y viéndolo todo el pueblo, cayeron sobre sus rostros, y dijeron: ¡Jehová es el Dios! ¡Jehová es el Dios!
Y á Jehú hijo de Nimsi, ungirás por rey sobre Israel; y á Eliseo hijo de Saphat, de Abelmehula, ungirás para que sea profeta en lugar de ti.
El entonces dijo: Si han salido por paz, tomadlos vivos; y si han salido para pelear, tomadlos vivos.
Pero él se quitó de presto el velo de sobre sus ojos, y el rey de Israel conoció que era de los profetas.
He aquí yo traigo mal sobre ti, y barreré tu posteridad, y talaré de Achâb todo meante á la pared, al guardado y al desamparado en Israel:
Vino pues al rey, y el rey le dijo: Michêas, ¿iremos á pelear contra Ramoth de Galaad, ó la dejaremos? Y él le respondió: Sube, que serás prosperado, y Jehová la entregará en mano del rey.
Y lavaron el carro en el estanque de Samaria; lavaron también sus armas; y los perros lamieron su sangre, conforme á la palabra de Jehová que había hablado.
Y murió conforme á la palabra de Jehová que había hablado Elías: y reinó en su lugar Joram, en el segundo año de Joram, hijo de Josaphat rey de Judá; porque Ochôzías no tenía hijo.
Y fueron sanas las aguas hasta hoy, conforme á la palabra que habló Eliseo.
Y aconteció que por la mañana, cuando se ofrece el sacrificio, he aquí vinieron aguas por el camino de Idumea, y la tierra fué llena de aguas.
Y él le dijo: A este tiempo según el tiempo de la vida, abrazarás un hijo. Y ella dijo: No, señor mío, varón de Dios, no hagas burla de tu sierva.
Y salió uno al campo á coger hierbas, y halló una como parra montés, y cogió de ella una faldada de calabazas silvestres: y volvió, y cortólas en la olla del potaje: porque no sabía lo que era.
En esto perdone Jehová á tu siervo: que cuando mi señor entrare en el templo de Rimmón, y para adorar en él se apoyare sobre mi mano, si yo también me inclinare en el templo de Rimmón, si en el templo de Rimmón me inclino, Jehová perdone en esto á tu siervo.
Entonces envió el rey allá gente de á caballo, y carros, y un grande ejército, los cuales vinieron de noche, y cercaron la ciudad.
Si tratáremos de entrar en la ciudad, por el hambre que hay en la ciudad moriremos en ella; y si nos quedamos aquí, también moriremos. Vamos pues ahora, y pasémonos al ejército de los Siros: si ellos nos dieren la vida, viviremos; y si nos dieren la muerte, moriremos.
Eliseo se fué luego á Damasco, y Ben-adad rey de Siria estaba enfermo, al cual dieron aviso, diciendo: El varón de Dios ha venido aquí.
ENTONCES el profeta Eliseo llamó á uno de los hijos de los profetas, y díjole: Ciñe tus lomos, y toma esta alcuza de aceite en tu mano, y ve á Ramoth de Galaad.
Mas Jehú flechó su arco, é hirió á Joram entre las espaldas, y la saeta salió por su corazón, y cayó en su carro.
Sabed ahora que de la palabra de Jehová que habló sobre la casa de Achâb, nada caerá en tierra: y que Jehová ha hecho lo que dijo por su siervo Elías.
Desde el Jordán al nacimiento del sol, toda la tierra de Galaad, de Gad, de Rubén, y de Manasés, desde Aroer que está junto al arroyo de Arnón, á Galaad y á Basán.
Y todo el pueblo de la tierra hizo alegrías, y la ciudad estuvo en reposo, habiendo sido Athalía muerta á cuchillo junto á la casa del rey.
EN el año veintitrés de Joas hijo de Ochôzías, rey de Judá, comenzó á reinar Joachâz hijo de Jehú sobre Israel en Samaria; y reinó diecisiete años.
Y murió Hazael rey de Siria, y reinó en su lugar Ben-adad su hijo.
Edificó él á Elath, y la restituyó á Judá, después que el rey durmió con sus padres.
Entonces hirió Manahem á Tiphsa, y á todos los que estaban en ella, y también sus términos desde Thirsa; é hirióla porque no le habían abierto; y abrió á todas sus preñadas.
EN el año diecisiete de Peka hijo de Remalías, comenzó á reinar Achâz hijo de Jotham rey de Judá.
Mas el rey de Asiria halló que Oseas hacía conjuración: porque había enviado embajadores á So, rey de Egipto, y no pagaba tributo al rey de Asiria, como cada año: por lo que el rey de Asiria le detuvo, y le aprisionó en la casa de la cárcel.
Y el rey de Asiria mandó, diciendo: Llevad allí á alguno de los sacerdotes que trajisteis de allá, y vayan y habiten allí, y enséñenles la costumbre del Dios del país.
En el cuarto año del rey Ezechîas, que era el año séptimo de Oseas hijo de Ela rey de Israel, subió Salmanasar rey de los Asirios contra Samaria, y cercóla.
Hasta que yo venga, y os lleve á una tierra como la vuestra, tierra de grano y de vino, tierra de pan y de viñas, tierra de olivas, de aceite, y de miel; y viviréis, y no moriréis. No oigáis á Ezechîas, porque os engaña cuando dice: Jehová nos librará.
Y que pusieron en el fuego á sus dioses, por cuanto ellos no eran dioses, sino obra de manos de hombres, madera ó piedra, y así los destruyeron.
Y antes que Isaías saliese hasta la mitad del patio, fué palabra de Jehová á Isaías, diciendo:
Y pasó á su hijo por fuego, y miró en tiempos, y fué agorero, é instituyó pythones y adivinos, multiplicando así el hacer lo malo en ojos de Jehová, para provocarlo á ira.
Y á los dieciocho años del rey Josías, fué que envió el rey á Saphán hijo de Azalía, hijo de Mesullam, escriba, á la casa de Jehová, diciendo:
Hizo también sacar el bosque fuera de la casa de Jehová, fuera de Jerusalem, al torrente de Cedrón, y quemólo en el torrente de Cedrón, y tornólo en polvo, y echó el polvo de él sobre los sepulcros de los hijos del pueblo.
En aquellos días Faraón Nechâo rey de Egipto subió contra el rey de Asiria al río Eufrates, y salió contra él el rey Josías; pero aquél, así que le vió, matólo en Megiddo.
Asimismo trasportó á Joachîn á Babilonia, y á la madre del rey, y á las mujeres del rey, y á sus eunucos, y á los poderosos de la tierra; cautivos los llevó de Jerusalem á Babilonia.
Tomó entonces el capitán de los de la guardia á Saraías primer sacerdote, y á Sophonías segundo sacerdote, y tres guardas de la vajilla;
Misram engendró á Ludim, Ananim, Laabim, Nephtuim,
Los hijos de Eliphas: Themán, Omar, Sephi, Hatham, Chênas, Timna, y Amalec.
Los hijos de Phares: Hesrón y Hamul.
Y los hijos de Onam fueron Sammai, y Jada. Los hijos de Sammai: Nadab, y Abisur.
Salma, padre de Beth-lehem; Hareph, padre de Beth-gader.
Y los hijos de Pedaía: Zorobabel, y Simi. Y los hijos de Zorobabel: Mesullam, Hananías, y Selomith su hermana.
Y su mujer Judaía le parió á Jered padre de Gedor, y á Heber padre de Sochô, y á Icuthiel padre de Zanoa. Estos fueron los hijos de Bethia hija de Faraón, con la cual casó Mered.
Y estos que han sido escritos por sus nombres, vinieron en días de Ezechîas rey de Judá, y desbarataron sus tiendas y estancias que allí hallaron, y destruyéronlos, hasta hoy, y habitaron allí en lugar de ellos; por cuanto había allí pastos para sus ganados.
Y tomaron sus ganados, cincuenta mil camellos, y doscientas cincuenta mil ovejas, dos mil asnos, y cien mil personas.
Los hijos de Coath: Amram, Ishar, Hebrón, y Uzziel.
Hijo de Athanai, hijo de Zera, hijo de Adaia;
Y dieron los hijos de Israel á los Levitas ciudades con sus ejidos.
Los hijos de Benjamín fueron tres: Bela, Bechêr, y Jediael.
Y á la parte de los hijos de Manasés, Beth-seán con sus aldeas, Thanach con sus aldeas, Megiddo con sus aldeas, Dor con sus aldeas. En estos lugares habitaron los hijos de José, hijo de Israel.
Y los hijos de Elphaal: Heber, Misam, y Semeb, (el cual edificó á Ono, y á Loth con sus aldeas,)
Los hijos de Michâ: Phitón, Melech, Thaarea y Ahaz.
Y hasta ahora entre las cuadrillas de los hijos de Leví han sido estos los porteros en la puerta del rey que está al oriente.
Y los hijos de Michâ: Phitón, Melech, Tharea, y Ahaz.
Y David había dicho: El que primero hiriere al Jebuseo, será cabeza y jefe. Entonces Joab hijo de Sarvia subió el primero, y fué hecho jefe.
Sibbecai Husatita, Ilai Ahohita;
Eluzai, y Jeremoth, Bealías, Semarías, y Sephatías Haruphita;
Y Sadoc, mancebo valiente y esforzado, con veinte y dos de los principales de la casa de su padre.
Y David tuvo pesar, porque Jehová había hecho rotura en Uzza; por lo que llamó aquel lugar Pérez-uzza, hasta hoy.
Y juntó David á todo Israel en Jerusalem, para que pasasen el arca de Jehová á su lugar, el cual le había él preparado.
Y ayudando Dios á los Levitas que llevaban el arca del pacto de Jehová, sacrificaban siete novillos y siete carneros.
Y andaban de nación en nación, y de un reino á otro pueblo.
Y todo el pueblo se fué cada uno á su casa; y David se volvió para bendecir su casa.
Ahora pues, Jehová, la palabra que has hablado acerca de tu siervo y de su casa, sea firme para siempre, y haz como has dicho.
Y dijo David: Haré misericordia con Hanán hijo de Naas, porque también su padre hizo conmigo misericordia. Así David envió embajadores que lo consolasen de la muerte de su padre. Mas venidos los siervos de David en la tierra de los hijos de Ammón á Hanán, para consolarle,
Y volvió á haber guerra en Gath, donde hubo un hombre de grande estatura, el cual tenía seis dedos en pies y manos, en todos veinticuatro: y también era hijo de Rapha.
Y dijo David: Salomón mi hijo es muchacho y tierno, y la casa que se ha de edificar á Jehová ha de ser magnífica por excelencia, para nombre y honra en todas las tierras; ahora pues yo le aparejaré lo necesario. Y preparó David antes de su muerte en grande abundancia.
Los hijos de Simi, tres: Selomith, Haziel, y Arán. Estos fueron los príncipes de las familias de Ladán.
Y para que tuviesen la guarda del tabernáculo del testimonio, y la guarda del santuario, y las órdenes de los hijos de Aarón sus hermanos, en el ministerio de la casa de Jehová.
Y de los hijos de Hebrón: Jeria el primero, el segundo Amarías, el tercero Jahaziel, el cuarto Jecamán.
La octava á Jesahías, con sus hijos y sus hermanos, doce;
Los hijos de Semeías: Othni, Raphael, Obed, Elzabad, y sus hermanos, hombres esforzados; asimismo Eliú, y Samachîas.
De los Hebronitas, Hasabías y sus hermanos, hombres de vigor, mil y setecientos, gobernaban á Israel de la otra parte del Jordán, al occidente, en toda la obra de Jehová, y en el servicio del rey.
De la otra media tribu de Manasés en Galaad, Iddo hijo de Zachârías; de los de Benjamín, Jaaciel hijo de Abner;
Mira, pues, ahora que Jehová te ha elegido para que edifiques casa para santuario: esfuérzate, y hazla.
Las riquezas y la gloria están delante de ti, y tú señoreas á todos: y en tu mano está la potencia y la fortaleza, y en tu mano la grandeza y fuerza de todas las cosas.
Asimismo el altar de bronce que había hecho Bezaleel hijo de Uri hijo de Hur, estaba allí delante del tabernáculo de Jehová, al cual fué á consultar Salomón con aquella junta.
Entonces Hiram rey de Tiro respondió por letras, las que envió á Salomón: Porque Jehová amó á su pueblo, te ha puesto por rey sobre ellos.
Hizo asimismo cadenas en el oratorio, y púsolas sobre los capiteles de las columnas: é hizo cien granadas, las cuales puso en las cadenas.
También los platillos, y las jofainas, y las cucharas, y los incensarios, de oro puro. Cuanto á la entrada de la casa, sus puertas interiores para el lugar santísimo, y las puertas de la casa del templo, de oro.
Empero tú no edificarás la casa, sino tu hijo que saldrá de tus lomos, él edificará casa á mi nombre.
Y también al extranjero que no fuere de tu pueblo Israel, que hubiere venido de lejanas tierras á causa de tu grande nombre, y de tu mano fuerte, y de tu brazo extendido, si vinieren, y oraren en esta casa,
Si yo cerrare los cielos, que no haya lluvia, y si mandare á la langosta que consuma la tierra, ó si enviare pestilencia á mi pueblo;
Y constituyó los repartimientos de los sacerdotes en sus oficios, conforme á la ordenación de David su padre; y los Levitas por sus órdenes, para que alabasen y ministrasen delante de los sacerdotes, cada cosa en su día; asimismo los porteros por su orden á cada puerta: porque así lo había mandado David, varón de Dios.
Había también allí doce leones sobre las seis gradas de la una parte y de la otra. Jamás fué hecho otro semejante en reino alguno.
Así que, mi padre os cargó de grave yugo, y yo añadiré á vuestro yugo: mi padre os castigó con azotes, y yo con escorpiones.
Y él se hizo sacerdotes para los altos, y para los demonios, y para los becerros que él había hecho.
Y las cosas de Roboam, primeras y postreras, ¿no están escritas en los libros de Semeías profeta y de Iddo vidente, en la cuenta de los linajes? Y entre Roboam y Jeroboam hubo perpetua guerra.
Lo demás de los hechos de Abías, sus caminos y sus negocios, está escrito en la historia de Iddo profeta.
Y como oyó Asa las palabras y profecía de Obed profeta, fué confortado, y quitó las abominaciones de toda la tierra de Judá y de Benjamín, y de las ciudades que él había tomado en el monte de Ephraim; y reparó el altar de Jehová que estaba delante del pórtico de Jehová.
Y el año treinta y nueve de su reinado enfermó Asa de los pies para arriba, y en su enfermedad no buscó á Jehová, sino á los médicos.
Y después de algunos años descendió á Achâb á Samaria; por lo que mató Achâb muchas ovejas y bueyes para él, y para la gente que con él venía: y persuadióle que fuese con él á Ramoth de Galaad.
Entonces el rey de Israel dijo: Tomad á Michêas, y volvedlo á Amón gobernador de la ciudad, y á Joas hijo del rey.
Entonces él tuvo temor; y puso Josaphat su rostro para consultar á Jehová, é hizo pregonar ayuno á todo Judá.
Y al cuarto día se juntaron en el valle de Beracah; porque allí bendijeron á Jehová, y por esto llamaron el nombre de aquel paraje el valle de Beracah, hasta hoy.
Y viniéronle letras del profeta Elías, que decían: Jehová, el Dios de David tu padre, ha dicho así: Por cuanto no has andado en los caminos de Josaphat tu padre, ni en los caminos de Asa, rey de Judá,
Y toda la multitud hizo alianza con el rey en la casa de Dios. Y él les dijo: He aquí el hijo del rey, el cual reinará, como Jehová lo tiene dicho de los hijos de David.
Y juntó los sacerdotes y los Levitas, y díjoles: Salid por las ciudades de Judá, y juntad dinero de todo Israel, para que cada año sea reparada la casa de vuestro Dios; y vosotros poned diligencia en el negocio. Mas los Levitas no pusieron diligencia.
DE VEINTICINCO años era Amasías cuando comenzó á reinar, y veintinueve años reinó en Jerusalem: el nombre de su madre fué Joaddan, de Jerusalem.
Asimismo tomó todo el oro y plata, y todos los vasos que se hallaron en la casa de Dios en casa de Obed-edom, y los tesoros de la casa del rey, y los hijos de los príncipes, y volvióse á Samaria.
Y airóse Uzzías, que tenía el perfume en la mano para quemarlo; y en esta su ira contra los sacerdotes, la lepra le salió en la frente delante de los sacerdotes en la casa de Jehová, junto al altar del perfume.
Y ahora habéis determinado sujetar á vosotros á Judá y á Jerusalem por siervos y siervas: mas ¿no habéis vosotros pecado contra Jehová vuestro Dios?
Porque nuestros padres se han rebelado, y han hecho lo malo en ojos de Jehová nuestro Dios; que le dejaron, y apartaron sus ojos del tabernáculo de Jehová, y le volvieron las espaldas.
Y como acabaron de ofrecer, inclinóse el rey, y todos los que con él estaban, y adoraron.
Y pusiéronse en su orden conforme á su costumbre, conforme á la ley de Moisés varón de Dios; los sacerdotes esparcían la sangre que recibían de manos de los Levitas:
Y metieron las primicias y diezmos y las cosas consagradas, fielmente; y dieron cargo de ello á Chônanías Levita, el principal, y Simi su hermano fué el segundo.
¿Qué dios hubo de todos los dioses de aquellas gentes que destruyeron mis padres, que pudiese salvar su pueblo de mis manos? ¿Por qué podrá vuestro Dios libraros de mi mano?
Edificó también altares en la casa de Jehová, de la cual había dicho Jehová: En Jerusalem será mi nombre perpetuamente.
Han reunido el dinero que se halló en la casa de Jehová, y lo han entregado en mano de los comisionados, y en mano de los que hacen la obra.
Y ofreció el rey Josías á los del pueblo ovejas, corderos, y cabritos de los rebaños, en número de treinta mil, y tres mil bueyes, todo para la pascua, para todos los que se hallaron presentes: esto de la hacienda del rey.
Y el rey de Egipto lo quitó de Jerusalem, y condenó la tierra en cien talentos de plata y uno de oro.
¿Quién hay entre vosotros de todo su pueblo? Sea Dios con él, y suba á Jerusalem que está en Judá, y edifique la casa á Jehová Dios de Israel, (él es el Dios,) la cual está en Jerusalem.
Los hijos de Adin, cuatrocientos cincuenta y cuatro;
Los hijos de Pashur, mil doscientos cuarenta y siete;
Y de los hijos de los sacerdotes: los hijos de Abaía, los hijos de Cos, los hijos de Barzillai, el cual tomó mujer de las hijas de Barzillai Galaadita, y fué llamado del nombre de ellas.
Y OYENDO los enemigos de Judá y de Benjamín, que los venidos de la cautividad edificaban el templo de Jehová Dios de Israel,
Cesó entonces la obra de la casa de Dios, la cual estaba en Jerusalem: y cesó hasta el año segundo del reinado de Darío rey de Persia.
Ahora pues, Tatnai, jefe del lado allá del río, Sethar-boznai, y sus compañeros los Apharsachêos que estáis á la otra parte del río, apartaos de ahí.
Y subieron con él á Jerusalem de los hijos de Israel, y de los sacerdotes, y Levitas, y cantores, y porteros, y Nethineos, en el séptimo año del rey Artajerjes.
De los hijos de Phinees, Gersón; de los hijos de Ithamar, Daniel; de los hijos de David, Hattus;
Y peséles la plata, y el oro, y los vasos, la ofrenda que para la casa de nuestro Dios habían ofrecido el rey, y sus consultores, y sus príncipes, y todos los que se hallaron en Israel.
Ahora pues, no daréis vuestras hijas á los hijos de ellos, ni sus hijas tomaréis para vuestros hijos, ni procuraréis su paz ni su bien para siempre; para que seáis corroborados, y comáis el bien de la tierra, y la dejéis por heredad á vuestros hijos para siempre.
Y de los hijos de Immer: Hanani y Zebadías.
Y de los hijos de Nebo: Jehiel, Matithías, Zabad, Zebina, Jadau, y Joel, Benaías.
Llegué pues á Jerusalem, y estado que hube allí tres días,
Y reedificó la puerta del Muladar, Malchîas hijo de Rechâb, príncipe de la provincia de Beth-haccerem: él la reedificó, y levantó sus puertas, sus cerraduras y sus cerrojos.
Y no cubras su iniquidad, ni su pecado sea raído delante de tu rostro; porque se airaron contra los que edificaban.
Ahora bien, nuestra carne es como la carne de nuestros hermanos, nuestros hijos como sus hijos: y he aquí que nosotros sujetamos nuestros hijos y nuestras hijas á servidumbre, y hay algunas de nuestras hijas sujetas: mas no hay facultad en nuestras manos para rescatarlas, porque nuestras tierras y nuestras viñas son de otros.
Porque todos ellos nos ponían miedo, diciendo: Debilitaránse las manos de ellos en la obra, y no será hecha. Esfuerza pues mis manos, oh Dios.
Los hijos de Zattu, ochocientos cuarenta y cinco;
Los hijos de Jericó, trescientos cuarenta y cinco;
Los hijos de Sephatías, los hijos de Hattil, los hijos de Pochêreth-hassebaim, los hijos de Amón.
Y Nehemías el Tirsatha, y el sacerdote Esdras, escriba, y los Levitas que hacían entender al pueblo, dijeron á todo el pueblo: Día santo es á Jehová nuestro Dios; no os entristezcáis, ni lloréis: porque todo el pueblo lloraba oyendo las palabras de la ley.
Y notificásteles el sábado tuyo santo, y les prescribiste, por mano de Moisés tu siervo, mandamientos y estatutos y ley.
Y se multiplica su fruto para los reyes que has puesto sobre nosotros por nuestros pecados, quienes se enseñorean sobre nuestros cuerpos, y sobre nuestras bestias, conforme á su voluntad, y estamos en grande angustia.
Pelatías, Hanán, Anaías,
Todos los hijos de Phares que moraron en Jerusalem, fueron cuatrocientos setenta y ocho hombres fuertes.
Y en En-rimmón, y en Soreah y en Jarmuth;
De Iddo, Zacarías; de Ginnethón, Mesullam;
Y desde la puerta de Ephraim hasta la puerta vieja, y á la puerta del Pescado, y la torre de Hananeel, y la torre de Hamath, hasta la puerta de las Ovejas: y pararon en la puerta de la Cárcel.
En aquellos días ví en Judá algunos que pisaban en lagares el sábado, y que acarreaban haces, y cargaban asnos con vino, y también de uvas, de higos, y toda suerte de carga, y traían á Jerusalem en día de sábado; y protestéles acerca del día que vendían el mantenimiento.
Y daban á beber en vasos de oro, y vasos diferentes unos de otros, y mucho vino real, conforme á la facultad del rey.
Sucedió pues, que como se divulgó el mandamiento del rey y su acuerdo, y siendo reunidas muchas mozas en Susán residencia regia, á cargo de Hegai, fué tomada también Esther para casa del rey, al cuidado de Hegai, guarda de las mujeres.
Y dijo Amán al rey Assuero: Hay un pueblo esparcido y dividido entre los pueblos en todas las provincias de tu reino, y sus leyes son diferentes de las de todo pueblo, y no observan las leyes del rey; y al rey no viene provecho de dejarlos.
Ve, y junta á todos los Judíos que se hallan en Susán, y ayunad por mí, y no comáis ni bebáis en tres días, noche ni día: yo también con mis doncellas ayunaré igualmente, y así entraré al rey, aunque no sea conforme á la ley; y si perezco, que perezca.
Traigan el vestido real de que el rey se viste, y el caballo en que el rey cabalga, y la corona real que está puesta en su cabeza;
Y respondió el rey Assuero á la reina Esther, y á Mardochêo Judío: He aquí yo he dado á Esther la casa de Amán, y á él han colgado en la horca, por cuanto extendió su mano contra los Judíos.
Y respondió Esther: Si place al rey, concédase también mañana á los Judíos en Susán, que hagan conforme á la ley de hoy; y que cuelguen en la horca á los diez hijos de Amán.
HUBO un varón en tierra de Hus, llamado Job; y era este hombre perfecto y recto, y temeroso de Dios, y apartado del mal.
Y dijo Jehová á Satán: ¿De dónde vienes? Respondió Satán á Jehová, y dijo: De rodear la tierra, y de andar por ella.
¿Por qué me previnieron las rodillas? ¿y para qué las tetas que mamase?
Perecen por el aliento de Dios, y por el espíritu de su furor son consumidos.
Que pone los humildes en altura, y los enlutados son levantados á salud:
Las cosas que mi alma no quería tocar, por los dolores son mi comida.
¿Hay iniquidad en mi lengua? ¿no puede mi paladar discernir las cosas depravadas?
¿Hasta cuándo hablarás tales cosas, y las palabras de tu boca serán como un viento fuerte?
Si quisiere contender con él, no le podrá responder á una cosa de mil.
Pasaron cual navíos veloces: como el águila que se arroja á la comida.
Si pequé, tú me has observado, y no me limpias de mi iniquidad.
Entonces levantarás tu rostro limpio de mancha, y serás fuerte y no temerás:
El suelta la atadura de los tiranos, y ata el cinto á sus lomos.
Y él mismo me será salud, porque no entrará en su presencia el hipócrita.
Las aguas de la mar se fueron, y agotóse el río, secóse.
¿Por qué te enajena tu corazón, y por qué guiñan tus ojos,
Concibieron dolor, y parieron iniquidad; y las entrañas de ellos meditan engaño.
MI ALIENTO está corrompido, acórtanse mis días, y me está aparejado el sepulcro.
Porque red será echada en sus pies, y sobre red andará.
Arruinóme por todos lados, y perezco; y ha hecho pasar mi esperanza como árbol arrancado.
¿No sabes esto que fué siempre, desde el tiempo que fué puesto el hombre sobre la tierra,
Los cielos descubrirán su iniquidad, y la tierra se levantará contra él.
Porque ¿qué deleite tendrá él de su casa después de sí, siendo cortado el número de sus meses?
Por tanto hay lazos alrededor de ti, y te turba espanto repentino;
¡Quién me diera el saber dónde hallar á Dios! yo iría hasta su silla.
Quitan el pecho á los huérfanos, y de sobre el pobre toman la prenda.
Y RESPONDIÓ Job, y dijo:
¿Deleitaráse en el Omnipotente? ¿invocará á Dios en todo tiempo?
De los peñascos cortó ríos, y sus ojos vieron todo lo preciado.
Cuando aun el Omnipotente estaba conmigo, y mis hijos alrededor de mí;
Por causa de la pobreza y del hambre andaban solos; huían á la soledad, á lugar tenebroso, asolado y desierto.
Cuando esperaba yo el bien, entonces vino el mal; y cuando esperaba luz, la oscuridad vino.
(Porque desde mi mocedad creció conmigo como con padre, y desde el vientre de mi madre fuí guía de la viuda;)
Y CESARON estos tres varones de responder á Job, por cuanto él era justo en sus ojos.
He aquí yo abriré ahora mi boca, y mi lengua hablará en mi garganta.
Enterneceráse su carne más que de niño, volverá á los días de su mocedad.
Toda carne perecería juntamente, y el hombre se tornaría en polvo.
Y PROCEDIENDO Eliú en su razonamiento, dijo:
El les dará á conocer la obra de ellos, y que prevalecieron sus rebeliones.
Con las nubes encubre la luz, y mándale no brillar, interponiendo aquéllas.
Viniendo de la parte del norte la dorada claridad. En Dios hay una majestad terrible.
¿Sabíaslo tú porque hubieses ya nacido, ó porque es grande el número de tus días?
¿Pondrás tú garfio en sus narices, y horadarás con espinas su quijada?
De su grandeza tienen temor los fuertes, y á causa de su desfallecimiento hacen por purificarse.
Y llamó el nombre de la una, Jemimah, y el nombre de la segunda, Cesiah, y el nombre de la tercera, Keren-happuch.
Muchos dicen de mi vida: No hay para él salud en Dios. (Selah.)
Porque no hay en su boca rectitud: sus entrañas son pravedades; sepulcro abierto su garganta: con su lengua lisonjearán.
Mi escudo está en Dios, que salva á los rectos de corazón.
Mas Jehová permanecerá para siempre: dispuesto ha su trono para juicio.
Encógese, agáchase, y caen en sus fuerzas muchos desdichados.
Cercando andan los malos, mientras son exaltados los más viles de los hijos de los hombres.
Jehová es la porción de mi parte y de mi copa; tú sustentarás mi suerte.
Jehová, roca mía y castillo mío, y mi libertador; Dios mío, fuerte mío, en él confiaré; escudo mío, y el cuerno de mi salud, mi refugio.
Con el misericordioso te mostrarás misericordioso, y recto para con el hombre íntegro.
Mi libertador de mis enemigos: hicísteme también superior de mis adversarios; librásteme de varón violento.
Estos confían en carros, y aquéllos en caballos: mas nosotros del nombre de Jehová nuestro Dios tendremos memoria.
Remítese á Jehová, líbrelo; sálvele, puesto que en él se complacía.
Vendrán, y anunciarán al pueblo que naciere, su justicia que él hizo.
De los pecados de mi mocedad, y de mis rebeliones, no te acuerdes; conforme á tu misericordia acuérdate de mí, por tu bondad, oh Jehová.
Jehová, la habitación de tu casa he amado, y el lugar del tabernáculo de tu gloria.
Porque no atendieron á las obras de Jehová, ni al hecho de sus manos, derribarálos, y no los edificará.
A ti, oh Jehová, clamaré; y al Señor suplicaré.
¡Cuán grande es tu bien, que has guardado para los que te temen, que has obrado para los que esperan en ti, delante de los hijos de los hombres!
El junta como en un montón las aguas de la mar: él pone en depósitos los abismos.
Gustad, y ved que es bueno Jehová: dichoso el hombre que confiará en él.
Y gócese mi alma en Jehová; y alégrese en su salud.
Iniquidad piensa sobre su cama; está en camino no bueno, el mal no aborrece.
La espada de ellos entrará en su mismo corazón, y su arco será quebrado.
Mas los transgresores fueron todos á una destruídos: la postrimería de los impíos fué talada.
No me desampares, oh Jehová: Dios mío, no te alejes de mí.
Anunciado he justicia en grande congregación: he aquí no detuve mis labios, Jehová, tú lo sabes.
Mi alma tiene sed de Dios, del Dios vivo: ¡cuándo vendré, y pareceré delante de Dios!
Empero nos has desechado, y nos has hecho avergonzar; y no sales en nuestros ejércitos.
Tu trono, oh Dios, eterno y para siempre: vara de justicia la vara de tu reino.
Al Músico principal: de los hijos de Coré: Salmo. PUEBLOS todos, batid las manos; aclamad á Dios con voz de júbilo.
Al Músico principal: Salmo para los hijos de Coré. OID esto, pueblos todos; escuchad, habitadores todos del mundo:
Convocará á los cielos de arriba, y á la tierra, para juzgar á su pueblo.
A ti, á ti solo he pecado, y he hecho lo malo delante de tus ojos: porque seas reconocido justo en tu palabra, y tenido por puro en tu juicio.
Mas yo estoy como oliva verde en la casa de Dios: en la misericordia de Dios confío perpetua y eternalmente.
Deshace, oh Señor, divide la lengua de ellos; porque he visto violencia y rencilla en la ciudad.
Serán luego vueltos atrás mis enemigos el día que yo clamare: en esto conozco que Dios es por mí.
Pasen ellos como el caracol que se deslíe: como el abortivo de mujer, no vean el sol.
Has hecho ver á tu pueblo duras cosas: hicístenos beber el vino de agitación.
El solamente es mi fuerte y mí salud: es mi refugio, no resbalaré.
Inquieren iniquidades, hacen una investigación exacta; y el íntimo pensamiento de cada uno de ellos, así como el corazón, es profundo.
Volvió la mar en seco; por el río pasaron á pie; allí en él nos alegramos.
Como es lanzado el humo, los lanzarás: como se derrite la cera delante del fuego, así perecerán los impíos delante de Dios.
Los cantores iban delante, los tañedores detrás; en medio, las doncellas con adufes.
Empero yo enderezaba mi oración á ti, oh Jehová, al tiempo de tu buena voluntad: oh Dios, por la multitud de tu misericordia, por la verdad de tu salud, óyeme.
Y la simiente de sus siervos la heredará, y los que aman su nombre habitarán en ella.
Y aun hasta la vejez y las canas; oh Dios, no me desampares, hasta que denuncie tu brazo á la posteridad, tus valentías á todos los que han de venir.
Será su nombre para siempre, perpetuaráse su nombre mientras el sol dure: y benditas serán en él todas las gentes: llamarlo han bienaventurado.
Como sueño del que despierta, así, Señor, cuando despertares, menospreciarás sus apariencias.
Tú abriste fuente y río; tú secaste ríos impetuosos.
Los fuertes de corazón fueron despojados, durmieron su sueño; y nada hallaron en sus manos todos los varones fuertes.
Viéronte las aguas, oh Dios; viéronte las aguas, temieron; y temblaron los abismos.
Y hablaron contra Dios, diciendo: ¿Podrá poner mesa en el desierto?
No se acordaron de su mano, del día que los redimió de angustia;
Entonces despertó el Señor á la manera del que ha dormido, como un valiente que grita excitado del vino:
Oh Dios, haznos tornar; y haz resplandecer tu rostro, y seremos salvos.
En la calamidad clamaste, y yo te libré: te respondí en el secreto del trueno; te probé sobre las aguas de Meriba. (Selah.)
Los pabellones de los Idumeos y de los Ismaelitas, Moab y los Agarenos;
Porque sol y escudo es Jehová Dios: gracia y gloria dará Jehová: no quitará el bien á los que en integridad andan.
Todas las gentes que hiciste vendrán y se humillarán delante de ti, Señor; y glorificarán tu nombre.
Has alejado de mí mis conocidos: hasme puesto por abominación á ellos: encerrado estoy, y no puedo salir.
Tuyo el brazo con valentía; fuerte es tu mano, ensalzada tu diestra.
Su simiente será para siempre, y su trono como el sol delante de mí.
Porque con tu furor somos consumidos, y con tu ira somos conturbados.
Sobre el león y el basilisco pisarás; hollarás al cachorro del león y al dragón.
Tus testimonios son muy firmes: la santidad conviene á tu casa, oh Jehová, por los siglos y para siempre.
Y él hará tornar sobre ellos su iniquidad, y los destruirá por su propia maldad; los talará Jehová nuestro Dios.
Regocíjese el campo, y todo lo que en él está: entonces todos los árboles del bosque rebosarán de contento,
JEHOVÁ reinó, temblarán los pueblos: él está sentado sobre los querubines, conmoveráse la tierra.
No escondas de mí tu rostro: en el día de mi angustia inclina á mí tu oído; el día que te invocare, apresúrate á responderme.
Tú fundaste la tierra antiguamente, y los cielos son obra de tus manos.
Bendecid á Jehová, vosotros sus ángeles, poderosos en fortaleza, que ejecutáis su palabra, obedeciendo á la voz de su precepto.
Los leoncillos braman á la presa, y para buscar de Dios su comida.
La cual concertó con Abraham; y de su juramento á Isaac.
Volvió en su tierra sus lluvias en granizo, y en fuego de llamaradas.
Y salvólos de mano del enemigo, y rescatólos de mano del adversario.
Porque hicieron se rebelase su espíritu, como lo expresó con sus labios.
Alaben la misericordia de Jehová, y sus maravillas para con los hijos de los hombres.
Alaben la misericordia de Jehová, y sus maravillas para con los hijos de los hombres.
Ciertamente tú, oh Dios, que nos habías desechado; y no salías, oh Dios, con nuestros ejércitos.
Y tú, Jehová Señor, haz conmigo por amor de tu nombre: líbrame, porque tu misericordia es buena.
El poder de sus obras anunció á su pueblo, dándole la heredad de las gentes.
El hace habitar en familia á la estéril, gozosa en ser madre de hijos. Aleluya.
Benditos vosotros de Jehová, que hizo los cielos y la tierra.
ALABAD á Jehová, naciones todas; pueblos todos, alabadle.
La piedra que desecharon los edificadores, ha venido á ser cabeza del ángulo.
Recrearéme en tus estatutos: no me olvidaré de tus palabras.
Quita de mí el oprobio que he temido: porque buenos son tus juicios.
A media noche me levantaba á alabarte sobre los juicios de tu justicia.
Los soberbios me han cavado hoyos; mas no obran según tu ley.
Ruégote, oh Jehová, te sean agradables los sacrificios voluntarios de mi boca; y enséñame tus juicios.
Mi boca abrí y suspiré; porque deseaba tus mandamientos.
Aboga mi causa, y redímeme: vivifícame con tu dicho.
Cántico gradual. A JEHOVÁ llamé estando en angustia, y él me respondió.
A causa de la casa de Jehová nuestro Dios, buscaré bien para ti.
Irá andando y llorando el que lleva la preciosa simiente; mas volverá á venir con regocijo, trayendo sus gavillas.
Empero hay perdón cerca de ti, para que seas temido.
Asimismo vestiré á sus sacerdotes de salud, y sus santos darán voces de júbilo.
Los ídolos de las gentes son plata y oro, obra de manos de hombres.
Al que hirió grandes reyes, porque para siempre es su misericordia;
Y cantarán de los caminos de Jehová: que la gloria de Jehová es grande.
Porque blasfemias dicen ellos contra ti: tus enemigos toman en vano tu nombre.
Serán derribados en lugares peñascosos sus jueces, y oirán mis palabras, que son suaves.
Y por tu misericordia disiparás mis enemigos, y destruirás todos los adversarios de mi alma: porque yo soy tu siervo.
Clemente y misericordioso es Jehová, lento para la ira, y grande en misericordia.
Reinará Jehová para siempre; tu Dios, oh Sión, por generación y generación. Aleluya.
Alabadle, sol y luna: alabadle, vosotras todas, lucientes estrellas.
Alabadle á son de bocina: alabadle con salterio y arpa.
La sabiduría clama de fuera, da su voz en las plazas:
Cuando la sabiduría entrare en tu corazón, y la ciencia fuere dulce á tu alma,
No deseches, hijo mío, el castigo de Jehová; ni te fatigues de su corrección:
Ciertamente él escarnecerá á los escarnecedores, y á los humildes dará gracia.
Porque son vida á los que las hallan, y medicina á toda su carne.
Sea bendito tu manantial; y alégrate con la mujer de tu mocedad.
El corazón que maquina pensamientos inicuos, los pies presurosos para correr al mal,
Porque mirando yo por la ventana de mi casa, por mi celosía,
En los altos cabezos, junto al camino, á las encrucijadas de las veredas se para;
Antes que los montes fuesen fundados, antes de los collados, era yo engendrada:
Si fueres sabio, para ti lo serás: mas si fueres escarnecedor, pagarás tú solo.
Camino á la vida es guardar la corrección: mas el que deja la reprensión, yerra.
El justo es librado de la tribulación: mas el impío viene en lugar suyo.
Ciertamente el justo será pagado en la tierra: ¡cuánto más el impío y el pecador!
El hombre cuerdo encubre la ciencia: mas el corazón de los necios publica la necedad.
Pobreza y vergüenza tendrá el que menosprecia el consejo: mas el que guarda la corrección, será honrado.
El sabio teme, y se aparta del mal: mas el necio se arrebata, y confía.
La sana lengua es árbol de vida: mas la perversidad en ella es quebrantamiento de espíritu.
Alborota su casa el codicioso: mas el que aborrece las dádivas vivirá.
El camino de los rectos es apartarse del mal: su alma guarda el que guarda su camino.
No conviene al necio la altilocuencia: ¡cuánto menos al príncipe el labio mentiroso!
No toma placer el necio en la inteligencia, sino en lo que su corazón se descubre.
MEJOR es el pobre que camina en su sencillez, que el de perversos labios y fatuo.
El perezoso esconde su mano en el seno: aun á su boca no la llevará.
Los pensamientos con el consejo se ordenan: y con industria se hace la guerra.
Cuando el escarnecedor es castigado, el simple se hace sabio; y cuando se amonestare al sabio, aprenderá ciencia.
El avisado ve el mal, y escóndese: mas los simples pasan, y reciben el daño.
No estés entre los que tocan la mano, entre los que fían por deudas.
No estés con los bebedores de vino, ni con los comedores de carne:
Al que piensa mal hacer le llamarán hombre de malos pensamientos.
Y he aquí que por toda ella habían ya crecido espinas, ortigas habían ya cubierto su haz, y su cerca de piedra estaba ya destruída.
El que canta canciones al corazón afligido, es como el que quita la ropa en tiempo de frío, ó el que sobre el jabón echa vinagre.
Esconde el perezoso su mano en el seno; cánsase de tornarla á su boca.
No dejes á tu amigo, ni al amigo de tu padre; ni entres en casa de tu hermano el día de tu aflicción: mejor es el vecino cerca que el hermano lejano.
Mejor es el pobre que camina en su integridad, que el de perversos caminos, y rico.
EL hombre que reprendido endurece la cerviz, de repente será quebrantado; ni habrá para él medicina.
El aparcero del ladrón aborrece su vida; oirá maldiciones, y no lo denunciará.
Tal es el rastro de la mujer adúltera: come, y limpia su boca, y dice: No he hecho maldad.
Mujer fuerte, ¿quién la hallará? porque su estima sobrepuja largamente á la de piedras preciosas.
Vanidad de vanidades, dijo el Predicador; vanidad de vanidades, todo vanidad.
Poseí siervos y siervas, y tuve hijos de familia; también tuve posesión grande de vacas y ovejas, sobre todos los que fueron antes de mí en Jerusalem;
Tiempo de llorar, y tiempo de reir; tiempo de endechar, y tiempo de bailar;
El necio dobla sus manos y come su carne.
Dulce es el sueño del trabajador, ora coma mucho ó poco; mas al rico no le deja dormir la hartura.
Mejor es el enojo que la risa: porque con la tristeza del rostro se enmendará el corazón.
Y yo he hallado más amarga que la muerte la mujer, la cual es redes, y lazos su corazón; sus manos como ligaduras. El que agrada á Dios escapará de ella; mas el pecador será preso en ella.
Este mal hay entre todo lo que se hace debajo del sol, que todos tengan un mismo suceso, y también que el corazón de los hijos de los hombres esté lleno de mal, y de enloquecimiento en su corazón durante su vida: y después, á los muertos.
El que hiciere el hoyo caerá en él; y el que aportillare el vallado, morderále la serpiente.
Y ACUÉRDATE de tu Criador en los días de tu juventud, antes que vengan los malos días, y lleguen los años, de los cuales digas, No tengo en ellos contentamiento;
Hermosas son tus mejillas entre los pendientes, tu cuello entre los collares.
Mi amado es mío, y yo suya; él apacienta entre lirios.
Como panal de miel destilan tus labios, oh esposa; miel y leche hay debajo de tu lengua; y el olor de tus vestidos como el olor del Líbano.
Mi amado descendió á su huerto, á las eras de los aromas, para apacentar en los huertos, y para coger los lirios.
Levantémonos de mañana á las viñas; veamos si brotan las vides, si se abre el cierne, si han florecido los granados; allí te daré mis amores.
Y queda la hija de Sión como choza en viña, y como cabaña en melonar, como ciudad asolada.
Y el fuerte será como estopa, y lo que hizo como centella; y ambos serán encendidos juntamente, y no habrá quien apague.
PORQUE he aquí que el Señor Jehová de los ejércitos quita de Jerusalem y de Judá el sustentador y el fuerte, todo sustento de pan y todo socorro de agua;
Y será que en lugar de los perfumes aromáticos vendrá hediondez; y desgarrón en lugar de cinta; y calvez en lugar de la compostura del cabello; y en lugar de faja ceñimiento de saco; y quemadura en vez de hermosura.
Y el hombre será humillado, y el varón será abatido, y bajados serán los ojos de los altivos.
Después oí la voz del Señor, que decía: ¿A quién enviaré, y quién nos irá? Entonces respondí yo: Heme aquí, envíame á mí.
Y acontecerá que aquel día silbará Jehová á la mosca que está en el fin de los ríos de Egipto, y á la abeja que está en la tierra de Asiria.
Ata el testimonio, sella la ley entre mis discípulos.
Por tanto, el Señor no tomará contentamiento en sus mancebos, ni de sus huérfanos y viudas tendrá misericordia: porque todos son falsos y malignos, y toda boca habla despropósitos. Con todo esto no ha cesado su furor, antes todavía su mano extendida.
Y los árboles que quedaren en su bosque, serán en número que un niño los pueda contar.
Y el niño de teta se entretendrá sobre la cueva del áspid, y el recién destetado extenderá su mano sobre la caverna del basilisco.
He aquí el día de Jehová viene, crudo, y de saña y ardor de ira, para tornar la tierra en soledad, y raer de ella sus pecadores.
Todos ellos darán voces, y te dirán: ¿Tú también enfermaste como nosotros, y como nosotros fuiste?
CARGA de Moab. Cierto, de noche fué destruída Ar-moab, fué puesta en silencio. Cierto, de noche fué destruída Kir-moab, reducida á silencio.
CARGA de Damasco. He aquí que Damasco dejó de ser ciudad, y será montón de ruina.
Y el espíritu de Egipto se desvanecerá en medio de él, y destruiré su consejo; y preguntarán á sus imágenes, á sus mágicos, á sus pythones y á sus adivinos.
EN el año que vino Thartán á Asdod, cuando le envió Sargón rey de Asiria, y peleó contra Asdod y la tomó;
CARGA del valle de la visión. ¿Qué tienes ahora, que toda tú te has subido sobre los terrados?
Y colgarán de él toda la honra de la casa de su padre, los hijos y los nietos, todos los vasos menores, desde los vasos de beber hasta todos los instrumentos de música.
Destruyóse, cayó la tierra; enfermó, cayó el mundo; enfermaron los altos pueblos de la tierra.
Porque fuiste fortaleza al pobre, fortaleza al menesteroso en su aflicción, amparo contra el turbión, sombra contra el calor: porque el ímpetu de los violentos es como turbión contra frontispicio.
Añadiste al pueblo, oh Jehová, añadiste al pueblo: hicístete glorioso: extendístelo hasta todos los términos de la tierra.
Y será la flor caduca de la hermosura de su gloria que está sobre la cabeza del valle fértil, como la fruta temprana, la primera del verano, la cual, en viéndola el que la mira, se la traga tan luego como la tiene á mano.
Que la neguilla no se trillará con trillo, ni sobre el comino rodará rueda de carreta; sino que con un palo se sacude la neguilla, y el comino con una vara.
Los que hacían pecar al hombre en palabra; los que armaban lazo al que reprendía en la puerta, y torcieron lo justo en vanidad.
Bien que os dará el Señor pan de congoja y agua de angustia, con todo, tus enseñadores nunca más te serán quitados, sino que tus ojos verán tus enseñadores.
HE aquí que en justicia reinará un rey, y príncipes presidirán en juicio.
Mas vuestra presa será cogida como cuando cogen las orugas: correrá sobre ellos como de una á otra parte corren las langostas.
Y los muertos de ellas serán arrojados, y de sus cadáveres se levantará hedor; y los montes se desleirán por la sangre de ellos.
No habrá allí león, ni bestia fiera subirá por él, ni allí se hallará, para que caminen los redimidos.
Entonces Eliacim hijo de Hilcías mayordomo, y Sebna escriba, y Joah hijo de Asaph canciller, vinieron á Ezechîas rotos sus vestidos, y contáronle las palabras de Rabsaces.
¿A quién injuriaste y á quién blasfemaste? ¿contra quién has alzado tu voz, y levantado tus ojos en alto? Contra el Santo de Israel.
He aquí que yo vuelvo atrás la sombra de los grados, que ha descendido en el reloj de Achâz por el sol, diez grados. Y el sol fué tornado diez grados atrás, por los cuales había ya descendido.
CONSOLAOS, consolaos, pueblo mío, dice vuestro Dios.
Como si nunca fueran plantados, como si nunca fueran sembrados, como si nunca su tronco hubiera tenido raíz en la tierra; así que sopla en ellos se secan, y el torbellino los lleva como hojarascas.
Los aventarás, y los llevará el viento, y esparcirálos el torbellino. Tú empero te regocijarás en Jehová, te gloriarás en el Santo de Israel.
Cantad á Jehová un nuevo cántico, su alabanza desde el fin de la tierra; los que descendéis á la mar, y lo que la hinche, las islas y los moradores de ellas.
Sacad al pueblo ciego que tiene ojos, y á los sordos que tienen oídos.
Porque yo derramaré aguas sobre el secadal, y ríos sobre la tierra árida: mi espíritu derramaré sobre tu generación, y mi bendición sobre tus renuevos:
Que despierta la palabra de su siervo, y cumple el consejo de sus mensajeros; que dice á Jerusalem: Serás habitada; y á las ciudades de Judá: Reedificadas serán, y sus ruinas levantaré;
Publicad, y haced llegar, y entren todos en consulta: ¿quién hizo oir esto desde el principio, y lo tiene dicho desde entonces, sino yo Jehová? Y no hay más Dios que yo; Dios justo y Salvador: ningún otro fuera de mí.
Enojéme contra mi pueblo, profané mi heredad, y entreguélos en tu mano: no les hiciste misericordias; sobre el viejo agravaste mucho tu yugo.
Juntaos todos vosotros, y oid. ¿Quién hay entre ellos que anuncie estas cosas? Jehová lo amó, el cual ejecutará su voluntad en Babilonia, y su brazo en los Caldeos.
¿Olvidaráse la mujer de lo que parió, para dejar de compadecerse del hijo de su vientre? Aunque se olviden ellas, yo no me olvidaré de ti.
OIDME, los que seguís justicia, los que buscáis á Jehová: mirad á la piedra de donde fuisteis cortados, y á la caverna de la fosa de donde fuisteis arrancados.
DESPIERTA, despierta, vístete tu fortaleza, oh Sión; vístete tu ropa de hermosura, oh Jerusalem, ciudad santa: porque nunca más acontecerá que venga á ti incircunciso ni inmundo.
Y dispúsose con los impíos su sepultura, mas con los ricos fué en su muerte; porque nunca hizo él maldad, ni hubo engaño en su boca.
Inclinad vuestros oídos, y venid á mí; oid, y vivirá vuestra alma; y haré con vosotros pacto eterno, las misericordias firmes á David.
PERECE el justo, y no hay quien pare mientes; y los píos son recogidos, y no hay quien entienda que delante de la aflicción es recogido el justo.
¿Por qué, dicen, ayunamos, y no hiciste caso; humillamos nuestras almas, y no te diste por entendido? He aquí que en el día de vuestro ayuno halláis lo que queréis, y todos demandáis vuestras haciendas.
Porque nuestras rebeliones se han multiplicado delante de ti, y nuestros pecados han atestiguado contra nosotros: porque con nosotros están nuestras iniquidades, y conocemos nuestros pecados:
Y vendrán á ti humillados los hijos de los que te afligieron, y á las pisadas de tus pies se encorvarán todos los que te escarnecían, y llamarte han Ciudad de Jehová, Sión del Santo de Israel.
Nunca más te llamarán Desamparada, ni tu tierra se dirá más Asolamiento; sino que serás llamada Hephzibah, y tu tierra, Beulah; porque el amor de Jehová será en ti, y tu tierra será casada.
Mira desde el cielo, y contempla desde la morada de tu santidad y de tu gloria: ¿dónde está tu celo, y tu fortaleza, la conmoción de tus entrañas y de tus miseraciones para conmigo? ¿hanse estrechado?
Por vuestras iniquidades, y las iniquidades de vuestros padres juntamente, dice Jehová, los cuales hicieron perfume sobre los montes, y sobre los collados me afrentaron: por tanto yo les mediré su obra antigua en su seno.
Oid palabra de Jehová, vosotros los que tembláis á su palabra: Vuestros hermanos los que os aborrecen, y os niegan por causa de mi nombre, dijeron: Glorifíquese Jehová. Mas él se mostrará con alegría vuestra, y ellos serán confundidos.
Fué pues palabra de Jehová á mí, diciendo:
Los sacerdotes no dijeron: ¿Dónde está Jehová? y los que tenían la ley no me conocieron; y los pastores se rebelaron contra mí, y los profetas profetizaron en Baal, y anduvieron tras lo que no aprovecha.
¡Oh generación! ved vosotros la palabra de Jehová. ¿He sido yo á Israel soledad, ó tierra de tinieblas? ¿Por qué ha dicho mi pueblo: Señores somos; nunca más vendremos á ti?
En aquel tiempo llamarán á Jerusalem Trono de Jehová, y todas las gentes se congregarán á ella en el nombre de Jehová en Jerusalem: ni andarán más tras la dureza de su corazón malvado.
Porque la voz se oye del que trae las nuevas desde Dan, y del que hace oir la calamidad desde el monte de Ephraim.
¿Cómo te he de perdonar por esto? Sus hijos me dejaron, y juraron por lo que no es Dios. Saciélos, y adulteraron, y en casa de ramera se juntaron en compañías.
Cosa espantosa y fea es hecha en la tierra:
Así ha dicho Jehová: He aquí que viene pueblo de tierra del aquilón, y gente grande se levantará de los cantones de la tierra.
Que os echaré de mi presencia como eché á todos vuestros hermanos, á toda la generación de Ephraim.
Les dirás asimismo: Así ha dicho Jehová: ¿El que cae, no se levanta? ¿el que se desvía, no torna á camino?
Y cada uno engaña á su compañero, y no hablan verdad: enseñaron su lengua á hablar mentira, se ocupan de hacer perversamente.
Así dijo Jehová: No aprendáis el camino de las gentes, ni de las señales del cielo tengáis temor, aunque las gentes las teman.
Derrama tu enojo sobre las gentes que no te conocen, y sobre las naciones que no invocan tu nombre: porque se comieron á Jacob, y lo devoraron, y le han consumido, y asolado su morada.
Y no quedará resto de ellos: porque yo traeré mal sobre los varones de Anathoth, año de su visitación.
Y sucedió que al cabo de muchos días me dijo Jehová: Levántate, y ve al Eufrates, y toma de allí el cinto que te mandé escondieses allá.
Enlutóse Judá, y sus puertas se despoblaron: oscureciéronse en tierra, y subió el clamor de Jerusalem.
Y enviaré sobre ellos cuatro géneros, dice Jehová: cuchillo para matar, y perros para despedazar, y aves del cielo y bestias de la tierra, para devorar y para disipar.
Porque así ha dicho Jehová: No entres en casa de luto, ni vayas á lamentar, ni los consueles: porque yo he quitado mi paz de este pueblo, dice Jehová, mi misericordia y piedades.
Bendito el varón que se fía en Jehová, y cuya confianza es Jehová.
Y descendí á casa del alfarero, y he aquí que él hacía obra sobre la rueda.
Dirás pues: Oid palabra de Jehová, oh reyes de Judá, y moradores de Jerusalem. Así dice Jehová de los ejércitos, Dios de Israel: He aquí que yo traigo mal sobre este lugar, tal que quien lo oyere, le retiñan los oídos.
Mas Jehová está conmigo como poderoso gigante; por tanto los que me persiguen tropezarán, y no prevalecerán; serán avergonzados en gran manera, porque no prosperarán; tendrán perpetua confusión que jamás será olvidada.
Y di: Oye palabra de Jehová, oh rey de Judá que estás sentado sobre el trono de David, tú, y tus criados, y tu pueblo que entran por estas puertas.
Y te entregaré en mano de los que buscan tu alma, y en mano de aquellos cuya vista temes; sí, en mano de Nabucodonosor rey de Babilonia, y en mano de los Caldeos.
Porque ¿quién estuvo en el secreto de Jehová, y vió, y oyó su palabra? ¿quién estuvo atento á su palabra, y oyó?
MOSTRÓME Jehová, y he aquí dos cestas de higos puestas delante del templo de Jehová, después de haber trasportado Nabucodonosor rey de Babilonia á Jechônías hijo de Joacim, rey de Judá, y á los príncipes de Judá, y á los oficiales y herreros de Jerusalem, y haberlos llevado á Babilonia.
Porque se servirán también de ellos muchas gentes, y reyes grandes; y yo les pagaré conforme á sus hechos, y conforme á la obra de sus manos.
Y las majadas quietas serán taladas por el furor de la ira de Jehová.
Y el rey Joacim envió hombres á Egipto, á Elnathán hijo de Acbor, y otros hombres con él, á Egipto;
Así pues ha dicho Jehová de los ejércitos, Dios de Israel, acerca de los vasos que quedaron en la casa de Jehová, y en la casa del rey de Judá, y en Jerusalem:
Edificad casas, y morad; y plantad huertos, y comed del fruto de ellos;
Porque por eso nos envió á decir en Babilonia: Largo va el cautiverio: edificad casas, y morad; plantad huertos, y comed el fruto de ellos.
Y saldrá de ellos alabanza, y voz de gente que está en regocijo: y los multiplicaré, y no serán disminuídos; multiplicarélos, y no serán menoscabados.
Escuchando, he oído á Ephraim que se lamentaba: Azotásteme, y fuí castigado como novillo indómito: conviérteme y seré convertido; porque tú eres Jehová mi Dios.
PALABRA que fué á Jeremías, de Jehová el año décimo de Sedechîas rey de Judá, que fué el año décimo octavo de Nabucodonosor.
He aquí que con arietes han acometido la ciudad para tomarla; y la ciudad va á ser entregada en mano de los Caldeos que pelean contra ella, á causa de la espada, y del hambre y de la pestilencia: ha pues venido á ser lo que tú dijiste, y he aquí tú lo estás viendo.
Clama á mí, y te responderé, y te enseñaré cosas grandes y dificultosas que tú no sabes.
También desecharé la simiente de Jacob, y de David mi siervo, para no tomar de su simiente quien sea señor sobre la simiente de Abraham, de Isaac, y de Jacob. Porque haré volver su cautividad, y tendré de ellos misericordia.
PALABRA que fué á Jeremías de Jehová en días de Joacim hijo de Josías, rey de Judá, diciendo:
Después mandó Jeremías á Baruch, diciendo: Yo estoy preso, no puedo entrar en la casa de Jehová:
Vuelve á tomar otro rollo, y escribe en él todas las palabras primeras, que estaban en el primer rollo que quemó Joacim, rey de Judá.
¿Y dónde están vuestros profetas que os profetizaban, diciendo: No vendrá el rey de Babilonia contra vosotros, ni contra esta tierra?
Mas si no quisieres salir, esta es la palabra que me ha mostrado Jehová:
Ve, y habla á Ebed-melec Etiope, diciendo: Así ha dicho Jehová de los ejércitos, Dios de Israel: He aquí traigo yo mis palabras sobre esta ciudad para mal, y no para bien; y vendrán á ser en aquel día á presencia tuya.
Que venían unos hombres de Sichêm y de Silo y de Samaria, ochenta hombres, raída la barba, y rotas las ropas, y arañados, y traían en sus manos ofrenda y perfume para llevar á la casa de Jehová.
Si os quedareis quietos en esta tierra, os edificaré, y no os destruiré; os plantaré, y no os arrancaré: porque arrepentido estoy del mal que os he hecho.
Y vendrá, y herirá la tierra de Egipto: los que á muerte, á muerte, y los que á cautiverio, á cautiverio, y los que á cuchillo, á cuchillo.
¿No se ha acordado Jehová, y no ha venido á su memoria el sahumerio que ofrecisteis en las ciudades de Judá, y en las plazas de Jerusalem, vosotros y vuestros padres, vuestros reyes y vuestros príncipes, y el pueblo de la tierra?
Subid, caballos, y alborotaos, carros; y salgan los valientes: los de Cus y los de Phut que toman escudo, y los de Lut que toman y entesan arco.
A causa del día que viene para destrucción de todos los Palestinos, para talar á Tiro, y á Sidón, á todo ayudador que quedó vivo: porque Jehová destruirá á los Palestinos, al resto de la isla de Caphtor.
Avergonzóse Moab, porque fué quebrantado: aullad y clamad: denunciad en Arnón que Moab es destruído.
Miedo y hoyo y lazo sobre ti, oh morador de Moab, dice Jehová.
He aquí que como león subirá de la hinchazón del Jordán contra la bella y robusta; porque muy pronto harélo correr de sobre ella, y al que fuere escogido la encargaré; porque ¿quién es semejante á mí? ¿y quién me emplazará? ¿y quién será aquel pastor que me podrá resistir?
Porque subió contra ella gente del aquilón, la cual pondrá su tierra en asolamiento, y no habrá ni hombre ni animal que en ella more: moviéronse, se fueron.
Venid contra ella desde el cabo de la tierra: abrid sus almacenes: hacedla montones, y destruidla: no le queden reliquias.
Diré al flechero que entesa su arco, y al que se pone orgulloso con su loriga: No perdonéis á sus mancebos, destruid todo su ejército.
Y nadie tomará de ti piedra para esquina, ni piedra para cimiento; porque perpetuos asolamientos serás, ha dicho Jehová.
Pues que Babilonia fué causa que cayesen muertos de Israel, también de Babilonia caerán muertos de toda la tierra.
Y el ejército de los Caldeos siguió al rey, y alcanzaron á Sedechîas en los llanos de Jericó; y esparcióse de él todo su ejército.
Y acaeció que en el año treinta y siete de la cautividad de Joachîn rey de Judá, en el mes duodécimo, á los veinticinco del mes, Evil-merodach, rey de Babilonia, en el año primero de su reinado, alzó la cabeza de Joachîn rey de Judá y sacólo de la casa de la cárcel;
Hacia donde el espíritu era que anduviesen, andaban; hacia donde era el espíritu que anduviesen, las ruedas también se levantaban tras ellos; porque el espíritu de los animales estaba en las ruedas.
Porque no eres enviado á pueblo de habla profunda ni de lengua difícil, sino á la casa de Israel.
Y TÚ, hijo del hombre, tómate un adobe, y ponlo delante de tí, y diseña sobre él la ciudad de Jerusalem:
Por tanto, así ha dicho Jehová: ¿Por haberos multiplicado más que á las gentes que están alrededor de vosotros, no habéis andado en mis mandamientos, ni habéis guardado mis leyes? Ni aun según las leyes de las gentes que están alrededor de vosotros habéis hecho.
Y sabréis que yo soy Jehová, cuando sus muertos estarán en medio de sus ídolos, en derredor de sus altares, en todo collado alto, y en todas las cumbres de los montes, y debajo de todo árbol sombrío, y debajo de toda encina espesa, lugares donde dieron olor suave á todos sus ídolos.
Y apartaré de ellos mi rostro, y violarán mi lugar secreto; pues entrarán en él destruidores, y le profanarán.
Pues también yo haré en mi furor; no perdonará mi ojo, ni tendré misericordia, y gritarán á mis oídos con gran voz, y no los oiré.
Y toda su carne, y sus costillas, y sus manos, y sus alas, y las ruedas, lleno estaba de ojos alrededor en sus cuatro ruedas.
Y aconteció que, estando yo profetizando, Pelatías hijo de Benaías murió. Entonces caí sobre mi rostro, y clamé con grande voz, y dije: ¡Ah, Señor Jehová! ¿harás tú consumación del resto de Israel?
Diles: Yo soy vuestra señal: como yo hice, así les harán á ellos: al pasar á otro país irán en cautiverio.
Vieron vanidad y adivinación de mentira. Dicen: Ha dicho Jehová; y Jehová no los envió: y hacen esperar que se confirme la palabra.
Por tanto di á la casa de Israel: Así dice el Señor Jehová: Convertíos, y volveos de vuestros ídolos, y apartad vuestro rostro de todas vuestras abominaciones.
Por tanto, así ha dicho el Señor Jehová: Como el palo de la vid entre los maderos del bosque, el cual dí al fuego para que lo consuma, así haré á los moradores de Jerusalem.
Y sacrificaste mis hijos, y dístelos á ellas para que los hiciesen pasar por el fuego.
He aquí que todo proverbista hará de ti proverbio, diciendo: Como la madre, tal su hija.
Arrancó el principal de sus renuevos, y llevólo á la tierra de mercaderes, y púsolo en la ciudad de los negociantes.
Vivo yo, dice el Señor Jehová, que nunca más tendréis por qué usar este refrán en Israel.
Apartándose el justo de su justicia, y haciendo iniquidad, él morirá por ello: por su iniquidad que hizo, morirá.
Hijo del hombre, habla á los ancianos de Israel, y diles: Así ha dicho el Señor Jehová: ¿A consultarme venís vosotros? Vivo yo, que yo no os responderé, dice el Señor Jehová.
Y contaminélos en sus ofrendas cuando hacían pasar por el fuego todo primogénito, para que los desolase, á fin de que supiesen que yo soy Jehová.
Y dije: ¡Ah, Señor Jehová! ellos dicen de mí: ¿No profiere éste parábolas?
Y seráles como adivinación mentirosa en sus ojos, por estar juramentados con juramento á ellos: mas él trae á la memoria la maldad, para prenderlos.
¿Estará firme tu corazón? ¿tus manos serán fuertes en los días que obraré yo contra ti? Yo Jehová he hablado, y harélo.
Vestidos de cárdeno, capitanes y príncipes, mancebos todos de codiciar, caballeros que andaban á caballo.
Los cuales obrarán contigo con odio, y tomarán todo lo que tú trabajaste, y te dejarán desnuda y descubierta: y descubriráse la torpeza de tus fornicaciones, y tu suciedad, y tus fornicaciones.
Y habla á la casa de rebelión por parábola, y diles: Así ha dicho el Señor Jehová: Pon una olla, ponla, y echa también en ella agua:
Este día vendrá á ti un escapado para traer las nuevas.
Tendedero de redes será en medio de la mar, porque yo he hablado, dice el Señor Jehová: y será saqueada de las gentes.
De fino lino bordado de Egipto fué tu cortina, para que te sirviese de vela; de cárdeno y grana de las islas de Elisah fué tu pabellón.
Y harán oir su voz sobre ti, y gritarán amargamente, y echarán polvo sobre sus cabezas, y se revolcarán en la ceniza.
Enaltecióse tu corazón á causa de tu hermosura, corrompiste tu sabiduría á causa de tu resplandor: yo te arrojaré por tierra; delante de los reyes te pondré para que miren en ti.
Y tornaré á traer los cautivos de Egipto, y los volveré á la tierra de Patros, á la tierra de su habitación; y allí serán un reino bajo.
Y pondré fuego á Egipto; Sin tendrá gran dolor, y No será destrozada, y Memphis tendrá continuas angustias.
Sobre su ruina habitarán todas las aves del cielo, y sobre su ramas estarán todas las bestias del campo:
Hijo del hombre, endecha sobre la multitud de Egipto, y despéñalo á él, y á las villas de las gentes fuertes, en la tierra de los profundos, con los que descienden á la sepultura.
Y si tú avisares al impío de su camino para que de él se aparte, y él no se apartare de su camino, por su pecado morirá él, y tú libraste tu vida.
Y he aquí que tú eres á ellos como cantor de amores, gracioso de voz y que canta bien: y oirán tus palabras, mas no las pondrán por obra.
Yo salvaré á mis ovejas, y nunca más serán en rapiña; y juzgaré entre oveja y oveja.
Así ha dicho el Señor Jehová: Alegrándose toda la tierra, yo te haré soledad.
Por tanto, di á la casa de Israel: Así ha dicho el Señor Jehová: No lo hago por vosotros, oh casa de Israel, sino por causa de mi santo nombre, el cual profanasteis vosotros entre las gentes á donde habéis llegado.
Profeticé pues, como me fué mandado; y hubo un ruido mientras yo profetizaba, y he aquí un temblor, y los huesos se llegaron cada hueso á su hueso.
Hijo del hombre, pon tu rostro contra Gog en tierra de Magog, príncipe de la cabecera de Mesech y Tubal, y profetiza sobre él,
Y te quebrantaré, y te sextaré, y te haré subir de las partes del norte, y te traeré sobre los montes de Israel;
Por tanto, así ha dicho el Señor Jehová: Ahora volveré la cautividad de Jacob, y tendré misericordia de toda la casa de Israel, y celaré por mi santo nombre.
Y midió la anchura desde la delantera de la puerta de abajo hasta la delantera del atrio interior por de fuera, de cien codos hacia el oriente y el norte.
Y las cuatro mesas para el holocausto eran de piedras labradas, de un codo y medio de longitud, y codo y medio de ancho, y de altura de un codo: sobre éstas pondrán las herramientas con que degollarán el holocausto y el sacrificio.
Los umbrales, y las ventanas estrechas, y las cámaras, tres en derredor á la parte delantera, todo cubierto de madera alrededor desde el suelo hasta las ventanas; y las ventanas también cubiertas.
Y díjome: Las cámaras del norte y las del mediodía, que están delante de la lonja, son cámaras santas, en las cuales los sacerdotes que se acercan á Jehová comerán las santas ofrendas: allí pondrán las ofrendas santas, y el presente, y la expiación, y el sacrificio por el pecado: porque el lugar es santo.
Y el altar tenía doce codos de largo, y doce de ancho, cuadrado á sus cuatro lados.
Por cuanto les sirvieron delante de sus ídolos, y fueron á la casa de Israel por tropezadero de maldad; por tanto, he alzado mi mano acerca de ellos, dice el Señor Jehová, que llevarán su iniquidad.
Lo consagrado de esta tierra será para los sacerdotes ministros del santuario, que se llegan para ministrar á Jehová: y seráles lugar para casas, y lugar santo para el santuario.
Y el príncipe entrará por el camino del portal de la puerta de afuera, y estará al umbral de la puerta, mientras los sacerdotes harán su holocausto y sus pacíficos, y adorará á la entrada de la puerta: después saldrá; mas no se cerrará la puerta hasta la tarde.
HÍZOME tornar luego á la entrada de la casa; y he aquí aguas que salían de debajo del umbral de la casa hacia el oriente: porque la fachada de la casa estaba al oriente: y las aguas descendían de debajo, hacia el lado derecho de la casa, al mediodía del altar.
Y ESTOS son los nombres de las tribus: Desde la extremidad septentrional por la vía de Hethlon viniendo á Hamath, Haser-enon, al término de Damasco, al norte, al término de Hamath: tendrá Dan una parte, siendo sus extremidades al oriente y al occidente.
Y junto al término de Benjamín, desde la parte del oriente hasta la parte de la mar, Simeón, otra.
DECID á vuestros hermanos, Ammi, y á vuestras hermanas, Ruhama:
Y DÍJOME otra vez Jehová: Ve, ama una mujer amada de su compañero, aunque adúltera, como el amor de Jehová para con los hijos de Israel; los cuales miran á dioses ajenos, y aman frascos de vino.
Atóla el viento en sus alas, y de sus sacrificios serán avergonzados.
Galaad, ciudad de obradores de iniquidad, ensuciada de sangre.
Ellos hicieron reyes, mas no por mí; constituyeron príncipes, mas yo no lo supe: de su plata y de su oro hicieron ídolos para sí, para ser talados.
Ephraim, según veo, es semejante á Tiro, asentada en lugar delicioso: mas Ephraim sacará sus hijos al matador.
Con cuerdas humanas los traje, con cuerdas de amor: y fuí para ellos como los que alzan el yugo de sobre sus mejillas, y llegué hacia él la comida.
Aunque él fructificará entre los hermanos, vendrá el solano, viento de Jehová, subiendo de la parte del desierto, y secarse ha su vena, y secaráse su manadero: él saqueará el tesoro de todas las preciosas alhajas.
Ceñíos y lamentad, sacerdotes; aullad, ministros del altar; venid, dormid en sacos, ministros de mi Dios: porque quitado es de la casa de vuestro Dios el presente y la libación.
Reunid el pueblo, santificad la reunión, juntad los viejos, congregad los niños y los que maman: salga de su cámara el novio, y de su tálamo la novia.
He aquí los levantaré yo del lugar donde los vendisteis, y volveré vuestra paga sobre vuestra cabeza:
Así ha dicho Jehová: Por tres pecados de Tiro, y por el cuarto, no desviaré su castigo; porque entregaron la cautividad entera á Edom, y no se acordaron del concierto de hermanos.
OID esta palabra que ha hablado Jehová contra vosotros, hijos de Israel, contra toda la familia que hice subir de la tierra de Egipto. Dice así:
Os herí con viento solano y oruga; vuestros muchos huertos y vuestras viñas, y vuestros higuerales y vuestros olivares comió la langosta: pero nunca os tornasteis á mí, dice Jehová.
Como el que huye de delante del león, y se topa con el oso; ó si entrare en casa y arrimare su mano á la pared, y le muerda la culebra.
ASÍ me ha mostrado el Señor Jehová: y he aquí, él criaba langostas al principio que comenzaba á crecer el heno tardío; y he aquí, era el heno tardío después de las siegas del rey.
Jehová juró por la gloria de Jacob: No me olvidaré para siempre de todas sus obras.
VISIÓN de Abdías. El Señor Jehová ha dicho así cuanto á Edom: Oído hemos el pregón de Jehová, y mensajero es enviado á las gentes. Levantaos, y levantémonos contra ella en batalla.
Y Jonás se levantó para huir de la presencia de Jehová á Tarsis, y descendió á Joppe; y halló un navío que partía para Tarsis; y pagando su pasaje entró en él, para irse con ellos á Tarsis de delante de Jehová.
¿Quién sabe si se volverá y arrepentirá Dios, y se apartará del furor de su ira, y no pereceremos?
Pásate desnuda con vergüenza, oh moradora de Saphir: la moradora de Saanán no salió al llanto de Beth-esel: tomará de vosotros su tardanza.
Así ha dicho Jehová acerca de los profetas que hacen errar á mi pueblo, que muerden con sus dientes, y claman, Paz, y al que no les diere que coman, aplazan contra él batalla:
Empero los dejará hasta el tiempo que para la que ha de parir; y el resto de sus hermanos se tornará con los hijos de Israel.
¿Seré limpio con peso falso, y con bolsa de engañosas pesas?
¿Qué Dios como tú, que perdonas la maldad, y olvidas el pecado del resto de su heredad? No retuvo para siempre su enojo, porque es amador de misericordia.
Las puertas de los ríos se abrirán, y el palacio será destruído.
Multiplicaste tus mercaderes más que las estrellas del cielo: el pulgón hizo presa, y voló.
Aunque la visión tardará aún por tiempo, mas al fin hablará, y no mentirá: aunque se tardare, espéralo, que sin duda vendrá; no tardará.
Paróse, y midió la tierra: miró, é hizo temblar las gentes; y los montes antiguos fueron desmenuzados, los collados antiguos se humillaron á él. Sus caminos son eternos.
Y habrá en aquel día, dice Jehová, voz de clamor desde la puerta del pescado, y aullido desde la segunda, y grande quebrantamiento desde los collados.
Esta es la ciudad alegre que estaba confiada, la que decía en su corazón: Yo, y no más. ¡Cómo fué en asolamiento, en cama de bestias! Cualquiera que pasare junto á ella silbará, meneará su mano.
Fué pues palabra de Jehová por mano del profeta Haggeo, diciendo:
Así ha dicho Jehová de los ejércitos: Pregunta ahora á los sacerdotes acerca de la ley, diciendo:
Y ellos hablaron á aquel ángel de Jehová que estaba entre los mirtos, y dijeron: Hemos recorrido la tierra, y he aquí, toda la tierra está reposada y quieta.
Calle toda carne delante de Jehová; porque él se ha despertado de su santa morada.
Y respondióme, diciendo: ¿No sabes qué es esto? Y dije: Señor mío, no.
Tomarás pues plata y oro, y harás coronas, y las pondrás en la cabeza del gran sacerdote Josué, hijo de Josadac;
Y las calles de la ciudad serán llenas de muchachos y muchachas, que jugarán en las calles.
Ascalón verá, y temerá; Gaza también, y se dolerá en gran manera: asimismo Ecrón, porque su esperanza será confundida; y de Gaza perecerá el rey, y Ascalón no será habitada.
Y la tribulación pasará por la mar, y en la mar herirá las ondas, y se secarán todas las honduras del río: y la soberbia del Assur será derribada, y se perderá el cetro de Egipto.
Y los capitanes de Judá dirán en su corazón: Mi fuerza son los moradores de Jerusalem en Jehová de los ejércitos su Dios.
Y huiréis al valle de los montes; porque el valle de los montes llegará hasta Hasal; y huiréis de la manera que huisteis por causa del terremoto en los días de Uzzías, rey de Judá: y vendrá Jehová mi Dios, y con él todos los santos.
Que ofrecéis sobre mi altar pan inmundo. Y dijisteis: ¿En qué te hemos amancillado? En que decís: La mesa de Jehová es despreciable.
Porque Jehová Dios de Israel ha dicho que él aborrece que sea repudiada; y cubra la iniquidad con su vestido, dijo Jehová de los ejércitos. Guardaos pues en vuestros espíritus, y no seáis desleales.
Acordaos de la ley de Moisés mi siervo, al cual encargué en Horeb ordenanzas y leyes para todo Israel.
Y parirá un hijo, y llamarás su nombre JESUS, porque él salvará á su pueblo de sus pecados.
Mas muerto Herodes, he aquí el ángel del Señor aparece en sueños á José en Egipto,
Y habiendo ayunado cuarenta días y cuarenta noches, después tuvo hambre.
Y le siguieron muchas gentes de Galilea y de Decápolis y de Jerusalem y de Judea y de la otra parte del Jordán.
Por tanto, si trajeres tu presente al altar, y allí te acordares de que tu hermano tiene algo contra ti,
Porque si amareis á los que os aman, ¿qué recompensa tendréis? ¿no hacen también lo mismo los publicanos?
Porque donde estuviere vuestro tesoro, allí estará vuestro corazón.
¿Y si le pidiere un pez, le dará una serpiente?
Entonces Jesús le dijo: Mira, no lo digas á nadie; mas ve, muéstrate al sacerdote, y ofrece el presente que mandó Moisés, para testimonio á ellos.
Y los hombres se maravillaron, diciendo: ¿Qué hombre es éste, que aun los vientos y la mar le obedecen?
Y nadie echa remiendo de paño recio en vestido viejo; porque el tal remiendo tira del vestido, y se hace peor la rotura.
ENTONCES llamando á sus doce discípulos, les dió potestad contra los espíritus inmundos, para que los echasen fuera, y sanasen toda enfermedad y toda dolencia.
El discípulo no es más que su maestro, ni el siervo más que su señor.
Los ciegos ven, y los cojos andan; los leprosos son limpiados, y los sordos oyen; los muertos son resucitados, y á los pobres es anunciado el evangelio.
Venid á mí todos los que estáis trabajados y cargados, que yo os haré descansar.
Y en su nombre esperarán los Gentiles.
Entonces dice: Me volveré á mi casa de donde salí: y cuando viene, la halla desocupada, barrida y adornada.
Porque de cierto os digo, que muchos profetas y justos desearon ver lo que veis, y no lo vieron: y oir lo que oís, y no lo oyeron.
De manera que como es cogida la cizaña, y quemada al fuego, así será en el fin de este siglo.
Y quería matarle, mas temía al pueblo; porque le tenían como á profeta.
Entonces le respondió Pedro, y dijo: Señor, si tú eres, manda que yo vaya á ti sobre las aguas.
Y respondiendo Pedro, le dijo: Decláranos esta parábola.
Y eran los que habían comido, cuatro mil hombres, sin las mujeres y los niños.
Y Pedro, tomándolo aparte, comenzó á reprenderle, diciendo: Señor, ten compasión de ti: en ninguna manera esto te acontezca.
Y respondiendo Jesús, dijo: ¡Oh generación infiel y torcida! ¿hasta cuándo tengo de estar con vosotros? ¿hasta cuándo os tengo de sufrir? traédmele acá.
Y si aconteciese hallarla, de cierto os digo, que más se goza de aquélla, que de las noventa y nueve que no se descarriaron.
Y ACONTECIÓ que acabando Jesús estas palabras, se pasó de Galilea, y vino á los términos de Judea, pasado el Jordán.
Mas os digo, que más liviano trabajo es pasar un camello por el ojo de una aguja, que entrar un rico en el reino de Dios.
Y subiendo Jesús á Jerusalem, tomó sus doce discípulos aparte en el camino, y les dijo:
Y los discípulos fueron, é hicieron como Jesús les mandó;
Y respondiendo él, dijo: No quiero; mas después, arrepentido, fué.
Y otros, tomando á sus siervos, los afrentaron y los mataron.
Entonces respondiendo Jesús, les dijo: Erráis ignorando las Escrituras, y el poder de Dios.
Y aman los primeros asientos en las cenas, y las primeras sillas en las sinagogas;
¡Ay de vosotros, escribas y Fariseos, hipócritas! porque edificáis los sepulcros de los profetas, y adornáis los monumentos de los justos,
Mas el que perseverare hasta el fin, éste será salvo.
Empero del día y hora nadie sabe, ni aun los ángeles de los cielos, sino mi Padre solo.
Y las fatuas dijeron á las prudentes: Dadnos de vuestro aceite; porque nuestras lámparas se apagan.
Y cuando el Hijo del hombre venga en su gloria, y todos los santos ángeles con él, entonces se sentará sobre el trono de su gloria.
Lo cual viendo sus discípulos, se enojaron, diciendo: ¿Por qué se pierde esto?
Entonces Jesús les dice: Todos vosotros seréis escandalizados en mí esta noche; porque escrito está: Heriré al Pastor, y las ovejas de la manada serán dispersas.
¿Cómo, pues, se cumplirían las Escrituras, que así conviene que sea hecho?
Y le llevaron atado, y le entregaron á Poncio Pilato presidente.
Y respondiendo todo el pueblo, dijo: Su sangre sea sobre nosotros, y sobre nuestros hijos.
Y luego, corriendo uno de ellos, tomó una esponja, y la hinchió de vinagre, y poniéndola en una caña, dábale de beber.
Y respondiendo el ángel, dijo á las mujeres: No temáis vosotras; porque yo sé que buscáis á Jesús, que fué crucificado.
Y aconteció que ejerciendo Zacarías el sacerdocio delante de Dios por el orden de su vez,
Y he aquí, concebirás en tu seno, y parirás un hijo, y llamarás su nombre JESUS.
Recibió á Israel su siervo, acordándose de la misericordia,
Dando conocimiento de salud á su pueblo, para remisión de sus pecados,
Y se volvieron los pastores glorificando y alabando á Dios de todas las cosas que habían oído y visto, como les había sido dicho.
Y acabados los días, volviendo ellos, se quedó el niño Jesús en Jerusalem, sin saberlo José y su madre.
Y le preguntaron también los soldados, diciendo: Y nosotros, ¿qué haremos? Y les dice: No hagáis extorsión á nadie, ni calumniéis; y contentaos con vuestras pagas.
Que fué de Mathusala, que fué de Enoch, que fué de Jared, que fué de Maleleel,
Y todos le daban testimonio, y estaban maravillados de las palabras de gracia que salían de su boca, y decían: ¿No es éste el hijo de José?
Y ACONTECIÓ, que estando él junto al lago de Genezaret, las gentes se agolpaban sobre él para oir la palabra de Dios.
Pues para que sepáis que el Hijo del hombre tiene potestad en la tierra de perdonar pecados, (dice al paralítico): A ti digo, levántate, toma tu lecho, y vete á tu casa.
Mas él sabía los pensamientos de ellos; y dijo al hombre que tenía la mano seca: Levántate, y ponte en medio. Y él levantándose, se puso en pie.
Y como queréis que os hagan los hombres, así hacedles también vosotros:
Que ama nuestra nación, y él nos edificó una sinagoga.
Porque os digo que entre los nacidos de mujeres, no hay mayor profeta que Juan el Bautista: mas el más pequeño en el reino de los cielos es mayor que él.
Y ACONTECIÓ después, que él caminaba por todas las ciudades y aldeas, predicando y anunciando el evangelio del reino de Dios, y los doce con él,
Y llegándose á él, le despertaron, diciendo: ¡Maestro, Maestro, que perecemos! Y despertado él, increpó al viento y á la tempestad del agua; y cesaron, y fué hecha bonanza.
Entonces, como la mujer vió que no se había ocultado, vino temblando, y postrándose delante de él declaróle delante de todo el pueblo la causa por qué le había tocado, y cómo luego había sido sana.
Y eran como cinco mil hombres. Entonces dijo á sus discípulos: Hacedlos sentar en ranchos, de cincuenta en cincuenta.
Y aconteció al día siguiente, que apartándose ellos del monte, gran compañía les salió al encuentro.
Y Jesús le dijo: Deja los muertos que entierren á sus muertos; y tú, ve, y anuncia el reino de Dios.
En aquella misma hora Jesús se alegró en espíritu, y dijo: Yo te alabo, oh Padre, Señor del cielo y de la tierra, que escondiste estas cosas á los sabios y entendidos, y las has revelado á los pequeños: así, Padre, porque así te agradó.
Y les dijo: Cuando orareis, decid: Padre nuestro que estás en los cielos; sea tu nombre santificado. Venga tu reino. Sea hecha tu voluntad, como en el cielo, así también en la tierra.
Y viniendo, la halla barrida y adornada.
De cierto dais testimonio que consentís en los hechos de vuestros padres; porque á la verdad ellos los mataron, mas vosotros edificáis sus sepulcros.
Y él pensaba dentro de sí, diciendo: ¿Qué haré, porque no tengo donde juntar mis frutos?
Vosotros pues también, estad apercibidos; porque á la hora que no pensáis, el Hijo del hombre vendrá.
O aquellos dieciocho, sobre los cuales cayó la torre en Siloé, y los mató, ¿pensáis que ellos fueron más deudores que todos los hombres que habitan en Jerusalem?
Y os dirá: Dígoos que no os conozco de dónde seáis; apartaos de mí todos los obreros de iniquidad.
Y oyendo esto uno de los que juntamente estaban sentados á la mesa, le dijo: Bienaventurado el que comerá pan en el reino de los cielos.
Y él les propuso esta parábola, diciendo:
Y llamando á uno de los criados, preguntóle qué era aquello.
Empero más fácil cosa es pasar el cielo y la tierra, que frustrarse un tilde de la ley.
¿Da gracias al siervo porque hizo lo que le había sido mandado? Pienso que no.
Acordaos de la mujer de Lot.
Y preguntóle un príncipe, diciendo: Maestro bueno, ¿qué haré para poseer la vida eterna?
Diciendo: ¿Qué quieres que te haga? Y él dijo: Señor, que vea.
Porque tuve miedo de ti, que eres hombre recio; tomas lo que no pusiste, y siegas lo que no sembraste.
Y te derribarán á tierra, y á tus hijos dentro de ti; y no dejarán sobre ti piedra sobre piedra; por cuanto no conociste el tiempo de tu visitación.
Y procuraban los príncipes de los sacerdotes y los escribas echarle mano en aquella hora, porque entendieron que contra ellos había dicho esta parábola: mas temieron al pueblo.
Y el mismo David dice en el libro de los Salmos: Dijo el Señor á mi Señor: Siéntate á mi diestra,
Mas un pelo de vuestra cabeza no perecerá.
Y entró Satanás en Judas, por sobrenombre Iscariote, el cual era uno del número de los doce;
Mas vosotros, no así: antes el que es mayor entre vosotros, sea como el más mozo; y el que es príncipe, como el que sirve.
Y viendo los que estaban con él lo que había de ser, le dijeron: Señor, ¿heriremos á cuchillo?
LEVANTÁNDOSE entonces toda la multitud de ellos, lleváronle á Pilato.
Entonces Pilato juzgó que se hiciese lo que ellos pedían;
Y como el centurión vió lo que había acontecido, dió gloria á Dios, diciendo: Verdaderamente este hombre era justo.
E iban hablando entre sí de todas aquellas cosas que habían acaecido.
Entonces ellos espantados y asombrados, pensaban que veían espíritu.
Este vino por testimonio, para que diese testimonio de la luz, para que todos creyesen por él.
Este es del que dije: Tras mí viene un varón, el cual es antes de mí: porque era primero que yo.
Y fué también llamado Jesús y sus discípulos á las bodas.
Y no tenía necesidad que alguien le diese testimonio del hombre; porque él sabía lo que había en el hombre.
Y bautizaba también Juan en Enón junto á Salim, porque había allí muchas aguas; y venían, y eran bautizados.
Respondió Jesús y díjole: Si conocieses el don de Dios, y quién es el que te dice: Dame de beber: tú pedirías de él, y él te daría agua viva.
Entonces los discípulos decían el uno al otro: ¿Si le habrá traído alguien de comer?
Y hay en Jerusalem á la puerta del ganado un estanque, que en hebraico es llamado Bethesda, el cual tiene cinco portales.
De cierto, de cierto os digo: Vendrá hora, y ahora es, cuando los muertos oirán la voz del Hijo de Dios: y los que oyeren vivirán.
PASADAS estas cosas, fuése Jesús de la otra parte de la mar de Galilea, que es de Tiberias.
Como vió pues la gente que Jesús no estaba allí, ni sus discípulos, entraron ellos en las navecillas, y vinieron á Capernaum buscando á Jesús.
De cierto, de cierto os digo: El que cree en mí, tiene vida eterna.
Jesús le respondió: ¿No he escogido yo á vosotros doce, y uno de vosotros es diablo?
Cierto, Moisés os dió la circuncisión (no porque sea de Moisés, mas de los padres); y en sábado circuncidáis al hombre.
Y los ministriles vinieron á los principales sacerdotes y á los Fariseos; y ellos les dijeron: ¿Por qué no le trajisteis?
Vosotros según la carne juzgáis; mas yo no juzgo á nadie.
Yo hablo lo que he visto cerca del Padre; y vosotros hacéis lo que habéis oído cerca de vuestro padre.
Y preguntáronle sus discípulos, diciendo: Rabbí, ¿quién pecó, éste ó sus padres, para que naciese ciego?
Entonces él respondió, y dijo: Si es pecador, no lo sé: una cosa sé, que habiendo yo sido ciego, ahora veo.
Volvióles, pues, Jesús á decir: De cierto, de cierto os digo: Yo soy la puerta de las ovejas.
Yo y el Padre una cosa somos.
Dicho esto, díceles después: Lázaro nuestro amigo duerme; mas voy á despertarle del sueño.
Y dijo: ¿Dónde le pusisteis? Dícenle: Señor, ven, y ve.
Y los pontífices y los Fariseos habían dado mandamiento, que si alguno supiese dónde estuviera, lo manifestase, para que le prendiesen.
Entonces Jesús les respondió, diciendo: La hora viene en que el Hijo del hombre ha de ser glorificado.
Yo la luz he venido al mundo, para que todo aquel que cree en mí no permanezca en tinieblas.
Desde ahora os lo digo antes que se haga, para que cuando se hiciere, creáis que yo soy.
Y sabéis á dónde yo voy; y sabéis el camino.
La paz os dejo, mi paz os doy: no como el mundo la da, yo os la doy. No se turbe vuestro corazón, ni tenga miedo.
Si fuerais del mundo, el mundo amaría lo suyo; mas porque no sois del mundo, antes yo os elegí del mundo, por eso os aborrece el mundo.
Todo lo que tiene el Padre, mío es: por eso dije que tomará de lo mío, y os lo hará saber.
Ahora pues, Padre, glorifícame tú cerca de ti mismo con aquella gloria que tuve cerca de ti antes que el mundo fuese.
Y también Judas, el que le entregaba, sabía aquel lugar; porque muchas veces Jesús se juntaba allí con sus discípulos.
Estaba pues Pedro en pie calentándose. Y dijéronle: ¿No eres tú de sus discípulos? El negó, y dijo: No soy.
Y como Pilato oyó esta palabra, tuvo más miedo.
Entonces los Judíos, por cuanto era la víspera de la Pascua, para que los cuerpos no quedasen en la cruz en el sábado, pues era el gran día del sábado, rogaron á Pilato que se les quebrasen las piernas, y fuesen quitados.
Y vió dos ángeles en ropas blancas que estaban sentados, el uno á la cabecera, y el otro á los pies, donde el cuerpo de Jesús había sido puesto.
Y venida la mañana, Jesús se puso á la ribera: mas los discípulos no entendieron que era Jesús.
Hasta el día en que, habiendo dado mandamientos por el Espíritu Santo á los apóstoles que escogió, fué recibido arriba;
Para que tome el oficio de este ministerio y apostolado, del cual cayó Judas por transgresión, para irse á su lugar.
Varones Israelitas, oid estas palabras: Jesús Nazareno, varón aprobado de Dios entre vosotros en maravillas y prodigios y señales, que Dios hizo por él en medio de vosotros, como también vosotros sabéis;
Y vendían las posesiones, y las haciendas, y repartíanlas á todos, como cada uno había menester.
Al cual de cierto es menester que el cielo tenga hasta los tiempos de la restauración de todas las cosas, que habló Dios por boca de sus santos profetas que han sido desde el siglo.
Y llamándolos, les intimaron que en ninguna manera hablasen ni enseñasen en el nombre de Jesús.
Reteniéndola, ¿no se te quedaba á ti? y vendida, ¿no estaba en tu potestad? ¿Por qué pusiste esto en tu corazón? No has mentido á los hombres, sino á Dios.
Y como los trajeron, los presentaron en el concilio: y el príncipe de los sacerdotes les preguntó,
Empero Esteban, lleno de gracia y de potencia, hacía prodigios y milagros grandes en el pueblo.
Los cuales fueron trasladados á Sichêm, y puestos en el sepulcro que compró Abraham á precio de dinero de los hijos de Hemor de Sichêm.
Al cual nuestros padres no quisieron obedecer; antes le desecharon, y se apartaron de corazón á Egipto,
Y llevaron á enterrar á Esteban varones piadosos, é hicieron gran llanto sobre él.
Y ellos, habiendo testificado y hablado la palabra de Dios, se volvieron á Jerusalem, y en muchas tierras de los Samaritanos anunciaron el evangelio.
Entonces Saulo se levantó de tierra, y abriendo los ojos, no veía á nadie: así que, llevándole por la mano, metiéronle en Damasco;
Las iglesias entonces tenían paz por toda Judea y Galilea y Samaria, y eran edificadas, andando en el temor del Señor; y con consuelo del Espíritu Santo eran multiplicadas.
Y vió el cielo abierto, y que descendía un vaso, como un gran lienzo, que atado de los cuatro cabos era bajado á la tierra;
Entonces Pedro, abriendo su boca, dijo: Por verdad hallo que Dios no hace acepción de personas;
Entonces la voz me respondió del cielo segunda vez: Lo que Dios limpió, no lo llames tú común.
Y mató á cuchillo á Jacobo, hermano de Juan.
Y Bernabé y Saulo volvieron de Jerusalem cumplido su servicio, tomando también consigo á Juan, el que tenía por sobrenombre Marcos.
De la simiente de éste, Dios, conforme á la promesa, levantó á Jesús por Salvador á Israel;
Entonces Pablo y Bernabé, usando de libertad, dijeron: A vosotros á la verdad era menester que se os hablase la palabra de Dios; mas pues que la desecháis, y os juzgáis indignos de la vida eterna, he aquí, nos volvemos á los Gentiles.
Si bien no se dejó á sí mismo sin testimonio, haciendo bien, dándonos lluvias del cielo y tiempos fructíferos, hinchiendo de mantenimiento y de alegría nuestros corazones.
Entonces toda la multitud calló, y oyeron á Bernabé y á Pablo, que contaban cuán grandes maravillas y señales Dios había hecho por ellos entre los Gentiles.
Y Pablo y Bernabé se estaban en Antioquía, enseñando la palabra del Señor y anunciando el evangelio con otros muchos.
Esta, siguiendo á Pablo y á nosotros, daba voces, diciendo: Estos hombres son siervos del Dios Alto, los cuales os anuncian el camino de salud.
Entonces salidos de la cárcel, entraron en casa de Lidia; y habiendo visto á los hermanos, los consolaron, y se salieron.
Porque pasando y mirando vuestros santuarios, hallé también un altar en el cual estaba esta inscripción: AL DIOS NO CONOCIDO. Aquél pues, que vosotros honráis sin conocerle, á éste os anuncio yo.
Y siendo Galión procónsul de Acaya, los Judíos se levantaron de común acuerdo contra Pablo, y le llevaron al tribunal,
Y eran en todos como unos doce hombres.
Y queriendo Pablo salir al pueblo, los discípulos no le dejaron.
Y nosotros subiendo en el navío, navegamos á Assón, para recibir de allí á Pablo; pues así había determinado que debía él ir por tierra.
Y como hubo dicho estas cosas, se puso de rodillas, y oró con todos ellos.
Mas fueron informados acerca de ti, que enseñas á apartarse de Moisés á todos los Judíos que están entre los Gentiles, diciéndoles que no han de circuncidar á los hijos, ni andar según la costumbre.
Que he perseguido este camino hasta la muerte, prendiendo y entregando en cárceles hombres y mujeres:
Y viniendo el tribuno, le dijo: Dime, ¿eres tú Romano? Y él dijo: Sí.
Y él dijo: Los Judíos han concertado rogarte que mañana saques á Pablo al concilio, como que han de inquirir de él alguna cosa más cierta.
Mandando á sus acusadores que viniesen á ti; del cual tú mismo juzgando, podrás entender todas estas cosas de que le acusamos.
Mas Festo respondió, que Pablo estaba guardado en Cesarea, y que él mismo partiría presto.
Porque fuera de razón me parece enviar un preso, y no informar de las causas.
Que Cristo había de padecer, y ser el primero de la resurrección de los muertos, para anunciar luz al pueblo y á los Gentiles.
Mas no mucho después dió en ella un viento repentino, que se llama Euroclidón.
Y éramos todas las personas en la nave doscientas setenta y seis.
Y como llegamos á Roma, el centurión entregó los presos al prefecto de los ejércitos, mas á Pablo fué permitido estar por sí, con un soldado que le guardase.
Primeramente, doy gracias á mi Dios por Jesucristo acerca de todos vosotros, de que vuestra fe es predicada en todo el mundo.
Necios, desleales, sin afecto natural, implacables, sin misericordia:
¿Tú, que dices que no se ha de adulterar, adulteras? ¿Tú, que abominas los ídolos, cometes sacrilegio?
Quebrantamiento y desventura hay en sus caminos;
Bienaventurado el varón al cual el Señor no imputó pecado.
Porque Cristo, cuando aun éramos flacos, á su tiempo murió por los impíos.
Y si morimos con Cristo, creemos que también viviremos con él;
Mas el pecado, tomando ocasión, obró en mí por el mandamiento toda concupiscencia: porque sin la ley el pecado está muerto.
Porque la intención de la carne es muerte; mas la intención del espíritu, vida y paz:
Porque á los que antes conoció, también predestinó para que fuesen hechos conformes á la imagen de su Hijo, para que él sea el primogénito entre muchos hermanos;
Como está escrito: A Jacob amé, mas á Esaú aborrecí.
Porque ignorando la justicia de Dios, y procurando establecer la suya propia, no se han sujetado á la justicia de Dios.
Así también, aun en este tiempo han quedado reliquias por la elección de gracia.
Así que, cuanto al evangelio, son enemigos por causa de vosotros: mas cuanto á la elección, son muy amados por causa de los padres.
Gozaos con los que se gozan: llorad con los que lloran.
El que come, no menosprecie al que no come: y el que no come, no juzgue al que come; porque Dios le ha levantado.
Porque Cristo no se agradó á sí mismo; antes bien, como está escrito: Los vituperios de los que te vituperan, cayeron sobre mí.
Porque Macedonia y Acaya tuvieron por bien hacer una colecta para los pobres de los santos que están en Jerusalem.
Saludaos los unos á los otros con ósculo santo. Os saludan todas las iglesias de Cristo.
Quiero decir, que cada uno de vosotros dice: Yo cierto soy de Pablo; pues yo de Apolos; y yo de Cefas; y yo de Cristo.
Y ni mi palabra ni mi predicación fué con palabras persuasivas de humana sabiduría, mas con demostración del Espíritu y de poder;
Porque nadie puede poner otro fundamento que el que está puesto, el cual es Jesucristo.
Hasta esta hora hambreamos, y tenemos sed, y estamos desnudos, y somos heridos de golpes, y andamos vagabundos;
Porque á los que están fuera, Dios juzgará: quitad pues á ese malo de entre vosotros.
El marido pague á la mujer la debida benevolencia; y asimismo la mujer al marido.
Tengo, pues, esto por bueno á causa de la necesidad que apremia, que bueno es al hombre estarse así.
Mas mirad que esta vuestra libertad no sea tropezadero á los que son flacos.
Por lo cual, siendo libre para con todos, me he hecho siervo de todos por ganar á más.
Como á sabios hablo; juzgad vosotros lo que digo.
Mas toda mujer que ora ó profetiza no cubierta su cabeza, afrenta su cabeza; porque lo mismo es que si se rayese.
Por tanto, pruébese cada uno á sí mismo, y coma así de aquel pan, y beba de aquella copa.
Si todo el cuerpo fuese ojo, ¿dónde estaría el oído? Si todo fuese oído, ¿dónde estaría el olfato?
Porque en parte conocemos, y en parte profetizamos;
Pero en la iglesia más quiero hablar cinco palabras con mi sentido, para que enseñe también á los otros, que diez mil palabras en lengua desconocida.
Por el cual asimismo, si retenéis la palabra que os he predicado, sois salvos, si no creísteis en vano.
Porque es menester que él reine, hasta poner á todos sus enemigos debajo de sus pies.
Cual el terreno, tales también los terrenos; y cual el celestial, tales también los celestiales.
Velad, estad firmes en la fe; portaos varonilmente, y esforzaos.
Porque nuestra gloria es esta: el testimonio de nuestra conciencia, que con simplicidad y sinceridad de Dios, no con sabiduría carnal, mas con la gracia de Dios, hemos conversado en el mundo, y muy más con vosotros.
Porque no seamos engañados de Satanás: pues no ignoramos sus maquinaciones.
Porque el Señor es el Espíritu; y donde hay el Espíritu del Señor, allí hay libertad.
Porque asimismo los que estamos en este tabernáculo, gemimos agravados; porque no quisiéramos ser desnudados, sino sobrevestidos, para que lo mortal sea absorbido por la vida.
En castidad, en ciencia, en longanimidad, en bondad, en Espíritu Santo, en amor no fingido;
Porque he aquí, esto mismo que según Dios fuisteis contristados, cuánta solicitud ha obrado en vosotros, y aun defensa, y aun enojo, y aun temor, y aun gran deseo, y aun celo, y aun vindicación. En todo os habéis mostrado limpios en el negocio.
Y enviamos juntamente con él al hermano cuya alabanza en el evangelio es por todas las iglesias;
Ruego pues, que cuando estuviere presente, no tenga que ser atrevido con la confianza con que estoy en ánimo de ser resuelto para con algunos, que nos tienen como si anduviésemos según la carne.
¿Pequé yo humillándome á mí mismo, para que vosotros fueseis ensalzados, porque os he predicado el evangelio de Dios de balde?
Si es menester gloriarse, me gloriaré yo de lo que es de mi flaqueza.
Porque temo que cuando llegare, no os halle tales como quiero, y yo sea hallado de vosotros cual no queréis; que haya entre vosotros contiendas, envidias, iras, disensiones, detracciones, murmuraciones, elaciones, bandos:
De reunir todas las cosas en Cristo, en la dispensación del cumplimiento de los tiempos, así las que están en los cielos, como las que están en la tierra:
Porque somos hechura suya, criados en Cristo Jesús para buenas obras, las cuales Dios preparó para que anduviésemos en ellas.
Conforme á la determinación eterna, que hizo en Cristo Jesús nuestro Señor:
Hasta que todos lleguemos á la unidad de la fe y del conocimiento del Hijo de Dios, á un varón perfecto, á la medida de la edad de la plenitud de Cristo:
Ni palabras torpes, ni necedades, ni truhanerías, que no convienen; sino antes bien acciones de gracias.
Para presentársela gloriosa para sí, una iglesia que no tuviese mancha ni arruga, ni cosa semejante; sino que fuese santa y sin mancha.
Y tomad el yelmo de salud, y la espada del Espíritu; que es la palabra de Dios;
Los unos anuncian á Cristo por contención, no sinceramente, pensando añadir aflicción á mis prisiones;
Por lo cual Dios también le ensalzó á lo sumo, y dióle un nombre que es sobre todo nombre;
Guardaos de los perros, guardaos de los malos obreros, guardaos del cortamiento.
Gozaos en el Señor siempre: otra vez digo: Que os gocéis.
Habiendo oído vuestra fe en Cristo Jesús, y el amor que tenéis á todos los santos,
A los cuales quiso Dios hacer notorias las riquezas de la gloria de este misterio entre los Gentiles; que es Cristo en vosotros la esperanza de gloria:
Tales como, No manejes, ni gustes, ni aun toques,
Padres, no irritéis á vuestros hijos, porque no se hagan de poco ánimo.
PABLO, y Silvano, y Timoteo, á la iglesia de los Tesalonicenses que es en Dios Padre y en el Señor Jesucristo: Gracia y paz á vosotros de Dios nuestro Padre y del Señor Jesucristo.
Porque vosotros, hermanos, habéis sido imitadores de las iglesias de Dios en Cristo Jesús que están en Judea; pues habéis padecido también vosotros las mismas cosas de los de vuestra propia nación, como también ellos de los Judíos;
Que cada uno de vosotros sepa tener su vaso en santificación y honor;
Porque no nos ha puesto Dios para ira, sino para alcanzar salud por nuestro Señor Jesucristo;
Tanto, que nosotros mismos nos gloriamos de vosotros en las iglesias de Dios, de vuestra paciencia y fe en todas vuestras persecuciones y tribulaciones que sufrís:
Así que, hermanos, estad firmes, y retened la doctrina que habéis aprendido, sea por palabra, ó por carta nuestra.
Como te rogué que te quedases en Efeso, cuando partí para Macedonia, para que requirieses á algunos que no enseñen diversa doctrina,
El cual se dió á sí mismo en precio del rescate por todos, para testimonio en sus tiempos:
Esto te escribo con esperanza que iré presto á ti:
Ahora, la que en verdad es viuda y solitaria, espera en Dios, y es diligente en suplicaciones y oraciones noche y día.
Si alguno enseña otra cosa, y no asiente á sanas palabras de nuestro Señor Jesucristo, y á la doctrina que es conforme á la piedad;
Trayendo á la memoria la fe no fingida que hay en ti, la cual residió primero en tu abuela Loida, y en tu madre Eunice; y estoy cierto que en ti también.
Por tanto, todo lo sufro por amor de los escogidos, para que ellos también consigan la salud que es en Cristo Jesús con gloria eterna.
Que siempre aprenden, y nunca pueden acabar de llegar al conocimiento de la verdad.
Trae, cuando vinieres, el capote que dejé en Troas en casa de Carpo: y los libros, mayormente los pergaminos.
No atendiendo á fábulas judaicas, y á mandamientos de hombres que se apartan de la verdad.
El cual derramó en nosotros abundantemente por Jesucristo nuestro Salvador,
Mas nada quise hacer sin tu consejo, porque tu beneficio no fuese como de necesidad, sino voluntario.
Y como un vestido los envolverás, y serán mudados; empero tú eres el mismo, y tus años no acabarán.
Porque de tanto mayor gloria que Moisés éste es estimado digno, cuanto tiene mayor dignidad que la casa el que la fabricó.
Determina otra vez un cierto día, diciendo por David: Hoy, después de tanto tiempo; como está dicho: Si oyereis su voz hoy, no endurezcáis vuestros corazones.
Mas la vianda firme es para los perfectos, para los que por la costumbre tienen los sentidos ejercitados en el discernimiento del bien y del mal.
Sin padre, sin madre, sin linaje; que ni tiene principio de días, ni fin de vida, mas hecho semejante al Hijo de Dios, permanece sacerdote para siempre.
Porque tal pontífice nos convenía: santo, inocente, limpio, apartado de los pecadores, y hecho más sublime que los cielos;
Dando en esto á entender el Espíritu Santo, que aun no estaba descubierto el camino para el santuario, entre tanto que el primer tabernáculo estuviese en pie.
Empero en estos sacrificios cada año se hace conmemoración de los pecados.
Porque si pecáremos voluntariamente después de haber recibido el conocimiento de la verdad, ya no queda sacrificio por el pecado.
Porque esperaba ciudad con fundamentos, el artífice y hacedor de la cual es Dios.
Que por fe ganaron reinos, obraron justicia, alcanzaron promesas, taparon las bocas de leones,
Que ninguno sea fornicario, ó profano, como Esaú, que por una vianda vendió su primogenitura.
Tenemos un altar, del cual no tienen facultad de comer los que sirven al tabernáculo.
Al cual, no habiendo visto, le amáis; en el cual creyendo, aunque al presente no lo veáis, os alegráis con gozo inefable y glorificado;
Por lo cual también contiene la Escritura: He aquí, pongo en Sión la principal piedra del ángulo, escogida, preciosa; y el que creyere en ella, no será confundido.
Sino el hombre del corazón que está encubierto, en incorruptible ornato de espíritu agradable y pacífico, lo cual es de grande estima delante de Dios.
Los cuales darán cuenta al que está aparejado para juzgar los vivos y los muertos.
Al cual resistid firmes en la fe, sabiendo que las mismas aflicciones han de ser cumplidas en la compañía de vuestros hermanos que están en el mundo.
Y nosotros oímos esta voz enviada del cielo, cuando estábamos juntamente con él en el monte santo.
Ciertamente, si habiéndose ellos apartado de las contaminaciones del mundo, por el conocimiento del Señor y Salvador Jesucristo, y otra vez envolviéndose en ellas, son vencidos, sus postrimerías les son hechas peores que los principios.
Lo que hemos visto y oído, eso os anunciamos, para que también vosotros tengáis comunión con nosotros: y nuestra comunión verdaderamente es con el Padre, y con su Hijo Jesucristo.
Porque todo lo que hay en el mundo, la concupiscencia de la carne, y la concupiscencia de los ojos, y la soberbia de la vida, no es del Padre, mas es del mundo.
En esto son manifiestos los hijos de Dios, y los hijos del diablo: cualquiera que no hace justicia, y que no ama á su hermano, no es de Dios.
En esto se mostró el amor de Dios para con nosotros, en que Dios envió á su Hijo unigénito al mundo, para que vivamos por él.
Y este es el testimonio: Que Dios nos ha dado vida eterna; y esta vida está en su Hijo.
Los hijos de tu hermana elegida te saludan. Amén.
Pero cuando el arcángel Miguel contendía con el diablo, disputando sobre el cuerpo de Moisés, no se atrevió á usar de juicio de maldición contra él, sino que dijo: El Señor te reprenda.
He aquí que viene con las nubes, y todo ojo le verá, y los que le traspasaron; y todos los linajes de la tierra se lamentarán sobre él. Así sea. Amén.
No tengas ningún temor de las cosas que has de padecer. He aquí, el diablo ha de enviar algunos de vosotros á la cárcel, para que seáis probados, y tendréis tribulación de diez días. Sé fiel hasta la muerte, y yo te daré la corona de la vida.
Mas tienes unas pocas personas en Sardis que no han ensuciado sus vestiduras: y andarán conmigo en vestiduras blancas; porque son dignos.
Y del trono salían relámpagos y truenos y voces: y siete lámparas de fuego estaban ardiendo delante del trono, las cuales son los siete Espíritus de Dios.
Y cuando él abrió el segundo sello, oí al segundo animal, que decía: Ven y ve.
Después de estas cosas miré, y he aquí una gran compañía, la cual ninguno podía contar, de todas gentes y linajes y pueblos y lenguas, que estaban delante del trono y en la presencia del Cordero, vestidos de ropas blancas, y palmas en sus manos;
Y abrió el pozo del abismo, y subió humo del pozo como el humo de un gran horno; y oscurecióse el sol y el aire por el humo del pozo.
Y cuando los siete truenos hubieron hablado sus voces, yo iba á escribir, y oí una voz del cielo que me decía: Sella las cosas que los siete truenos han hablado, y no las escribas.
Y los veinticuatro ancianos que estaban sentados delante de Dios en sus sillas, se postraron sobre sus rostros, y adoraron á Dios,
Y vi una de sus cabezas como herida de muerte, y la llaga de su muerte fué curada: y se maravilló toda la tierra en pos de la bestia.
Y otro ángel le siguió, diciendo: Ha caído, ha caído Babilonia, aquella grande ciudad, porque ella ha dado á beber á todas las naciones del vino del furor de su fornicación.
Y el segundo ángel derramó su copa sobre el mar, y se convirtió en sangre como de un muerto; y toda alma viviente fué muerta en el mar.
Y en su frente un nombre escrito: MISTERIO, BABILONIA LA GRANDE, LA MADRE DE LAS FORNICACIONES Y DE LAS ABOMINACIONES DE LA TIERRA.
Estando lejos por el temor de su tormento, diciendo: ¡Ay, ay, de aquella gran ciudad de Babilonia, aquella fuerte ciudad; porque en una hora vino tu juicio!
Y él me dice: Escribe: Bienaventurados los que son llamados á la cena del Cordero. Y me dijo: Estas palabras de Dios son verdaderas.
Y vi un gran trono blanco y al que estaba sentado sobre él, de delante del cual huyó la tierra y el cielo; y no fué hallado el lugar de ellos.
Y los fundamentos del muro de la ciudad estaban adornados de toda piedra preciosa. El primer fundamento era jaspe; el segundo, zafiro; el tercero, calcedonia; el cuarto, esmeralda;
Mas los perros estarán fuera, y los hechiceros, y los disolutos, y los homicidas, y los idólatras, y cualquiera que ama y hace mentira.
